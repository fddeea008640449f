package fr.ouvert.catalog.domain;

import java.util.List;

/**
 * A dataset as typed in a form or posted to the write API. Dates are ISO strings so that a bad one
 * is reported on its field like any other error.
 *
 * @param badges {@code null} to leave the badges as they are (only administrators grant them)
 */
public record DatasetCommand(String title, String acronym, String description, Long organisationId, List<String> tags,
		String licence, String frequency, String temporalStart, String temporalEnd, List<String> spatialZones,
		String spatialGranularity, List<String> badges, String visibility) {

	public DatasetCommand {
		tags = tags == null ? List.of() : tags;
		spatialZones = spatialZones == null ? List.of() : spatialZones;
	}
}
