package fr.ouvert.integrity.register.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import fr.ouvert.integrity.register.domain.RegisterSearch;
import fr.ouvert.integrity.register.domain.RegisterSearch.Facet;
import fr.ouvert.integrity.register.domain.Vocabulary;

/** What the search page shows: the filters as chosen, the results, each facet's values with their counts. */
public record SearchView(RegisterSearch.Filters filters, RegisterSearch.Result result, int page, int pageSize) {

	/** The query parameter of each facet. */
	public static String parameter(Facet facet) {
		return switch (facet) {
			case CATEGORY -> "categorie";
			case SECTOR -> "secteur";
			case OFFICIAL -> "responsable";
			case DECISION -> "decision";
			case ACTION -> "action";
			case YEAR -> "periode";
			case EXPENSE -> "depense";
			case STATUS -> "statut";
		};
	}

	/** The value chosen for a facet, as the form sends it, or "". */
	public String chosen(Facet facet) {
		Object value = switch (facet) {
			case CATEGORY -> filters.category();
			case SECTOR -> filters.sector();
			case OFFICIAL -> filters.official();
			case DECISION -> filters.decision();
			case ACTION -> filters.action();
			case YEAR -> filters.year();
			case EXPENSE -> filters.expense();
			case STATUS -> filters.status();
		};
		return value == null ? "" : value.toString();
	}

	public List<RegisterSearch.Count> counts(Facet facet) {
		List<RegisterSearch.Count> counts = new ArrayList<>(result.facets().get(facet));
		String chosen = chosen(facet);
		if (!chosen.isEmpty() && counts.stream().noneMatch(c -> c.value().equals(chosen))) {
			counts.add(0, new RegisterSearch.Count(chosen, 0));
		}
		return counts;
	}

	/**
	 * The label of a facet value; {@code null} when it is an i18n key the template translates (statuses).
	 */
	public static String label(Facet facet, String value) {
		return switch (facet) {
			case CATEGORY -> Vocabulary.category(value).map(Vocabulary.Category::label).orElse(value);
			case SECTOR -> Vocabulary.sector(value).map(Vocabulary.Term::label).orElse(value);
			case OFFICIAL -> Vocabulary.officialType(value).map(Vocabulary.Term::label).orElse(value);
			case EXPENSE -> "≥ " + Money.euros(Long.parseLong(value));
			default -> value;
		};
	}

	/** The query string of the current filters, ending with "&" (for the pagination links). */
	public String query() {
		StringBuilder query = new StringBuilder();
		if (filters.text() != null) {
			query.append("q=").append(URLEncoder.encode(filters.text(), StandardCharsets.UTF_8)).append('&');
		}
		for (Facet facet : Facet.values()) {
			String chosen = chosen(facet);
			if (!chosen.isEmpty()) {
				query.append(parameter(facet)).append('=').append(URLEncoder.encode(chosen, StandardCharsets.UTF_8)).append('&');
			}
		}
		return query.toString();
	}
}
