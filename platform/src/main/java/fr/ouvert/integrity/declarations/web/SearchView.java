package fr.ouvert.integrity.declarations.web;

import java.util.List;

import fr.ouvert.integrity.declarations.Declarations;

/** The search page and its results. */
public record SearchView(String query, String mandate, List<Declarations.Facet> mandates,
		Declarations.SearchResult result, int page, int pages) {
}
