package fr.ouvert.catalog.harvest;

import java.util.List;

import fr.ouvert.catalog.domain.DatasetDescription;

/**
 * All the datasets a harvest found, over every page.
 *
 * @param pages the number of pages read
 * @param complete false when the page limit stopped the walk before the last page
 */
public record HarvestResult(List<DatasetDescription> datasets, List<HarvestWarning> warnings, int pages,
		boolean complete) {

	public HarvestResult {
		datasets = List.copyOf(datasets);
		warnings = List.copyOf(warnings);
	}
}
