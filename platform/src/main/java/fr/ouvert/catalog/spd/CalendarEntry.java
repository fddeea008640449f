package fr.ouvert.catalog.spd;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A high-impact dataset a ministry commits to open, with its planned date and where it stands.
 *
 * @param datasetUrl where the opened dataset is (https address or a path of the catalog)
 */
public record CalendarEntry(long id, long organisationId, String organisationName, String title, String description,
		LocalDate plannedDate, LocalDate startedOn, LocalDate openedOn, String datasetUrl, SpdStatus status,
		Instant updatedAt) {
}
