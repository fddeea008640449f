package fr.ouvert.catalog.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A search of the public datasets, its filters already normalised by the caller.
 *
 * @param words words to find, all of them (a {@code -} before a word excludes it), or null
 * @param tags every tag must be present (slugs)
 * @param format a resource format, lower case
 * @param geozones the dataset must cover one of these zones
 * @param coverageStart with {@code coverageEnd}, an interval the temporal coverage must overlap
 * @param sort one of {@link DatasetIndex#SORTS}, or null: relevance with words, newest first without
 */
public record IndexQuery(String words, Long organisationId, List<String> tags, String license, String format,
		String badge, String schema, List<String> geozones, String frequency, String granularity,
		LocalDate coverageStart, LocalDate coverageEnd, boolean archived, String sort, boolean descending) {

	public IndexQuery {
		tags = tags == null ? List.of() : List.copyOf(tags);
		geozones = geozones == null ? null : List.copyOf(geozones);
	}
}
