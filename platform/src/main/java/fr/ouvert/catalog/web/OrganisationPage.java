package fr.ouvert.catalog.web;

import fr.ouvert.account.Organisation;
import fr.ouvert.catalog.domain.DatasetSearch;

/** An organisation page: its datasets, how many, their average quality score (0 to 1). */
public record OrganisationPage(Organisation organisation, DatasetSearch.Result result, double averageQuality, int page,
		int pageSize) {
}
