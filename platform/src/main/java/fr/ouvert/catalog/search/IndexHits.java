package fr.ouvert.catalog.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the index answers: the ids of one page of datasets in order, how many datasets match in
 * all, and the exact facet counts over all the matches (empty when not asked for).
 */
public record IndexHits(List<UUID> ids, long total, Map<String, List<FacetCount>> facets) {

	/** One value of a facet: the value as filtered on, how to show it, how many matches have it. */
	public record FacetCount(String value, String label, long count) {
	}
}
