package fr.ouvert.catalog.harvest;

import java.util.List;

import fr.ouvert.catalog.domain.DatasetDescription;

/**
 * What one page of a remote catalog gave.
 *
 * @param nextPageUrl the next page to fetch, or null on the last page
 * @param total the number of datasets the source announces for the whole listing, null when it
 *            does not say
 */
public record HarvestedPage(List<DatasetDescription> datasets, List<HarvestWarning> warnings, String nextPageUrl,
		Long total) {

	public HarvestedPage {
		datasets = List.copyOf(datasets);
		warnings = List.copyOf(warnings);
	}
}
