package fr.ouvert.catalog.web;

import java.util.List;

import fr.ouvert.account.Organisation;
import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.kernel.opendata.Licence;
import fr.ouvert.catalog.domain.Quality;

/**
 * A dataset page: metadata, rendered description, resources, quality, the covered zones (id → name),
 * the reuses that cite it, and whether the visitor may edit.
 */
public record DatasetView(Dataset dataset, String descriptionHtml, List<ResourceView> resources, Quality quality,
		Organisation organisation, Licence licence, java.util.Map<String, String> zones,
		List<fr.ouvert.catalog.reuse.Reuse> reuses, boolean canEdit) {
}
