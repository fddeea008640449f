package fr.ouvert.catalog.reuse;

import java.util.List;

/**
 * A reuse as posted to the API.
 *
 * @param datasets ids or slugs of public datasets
 * @param organisationId the organisation to publish for (the author must be its agent), or null
 */
public record ReuseCommand(String title, String description, String url, String type, List<String> datasets,
		Long organisationId) {

	public ReuseCommand {
		datasets = datasets == null ? List.of() : datasets;
	}
}
