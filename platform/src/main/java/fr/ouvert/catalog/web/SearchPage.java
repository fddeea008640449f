package fr.ouvert.catalog.web;

import java.util.List;

import fr.ouvert.catalog.domain.Dataset;

/**
 * The search page: the query, one page of results, the facets with their links.
 */
public record SearchPage(String q, String sort, List<Card> cards, long total, List<Facet> facets,
		List<FacetLink> activeFilters, int page, int pageSize, String pageQuery) {

	/** A result: the dataset, a plain-text excerpt, its quality in points out of 9. */
	public record Card(Dataset dataset, String excerpt, long qualityPoints) {
	}

	public record Facet(String name, List<FacetLink> values) {
	}

	/** A facet value with the search URL that adds (or, when active, removes) it. */
	public record FacetLink(String label, long count, boolean active, String href) {
	}
}
