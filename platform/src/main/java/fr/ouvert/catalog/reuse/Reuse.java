package fr.ouvert.catalog.reuse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something made with the catalog's datasets: an application, a visualisation, an article...
 * (udata's Reuse).
 *
 * @param type one of {@link #TYPES}, udata's codes
 * @param organisationId the organisation it is published for, or {@code null} when a person
 *            published it alone
 * @param ownerId the account that declared it; used for permissions only, never shown
 * @param datasetIds the datasets it uses, in the order they were given
 */
public record Reuse(UUID id, String slug, String title, String description, String url, String type,
		Long organisationId, String organisationName, Long ownerId, Instant createdAt, Instant lastModified,
		Instant archivedAt, List<UUID> datasetIds) {

	public static final String LINKABLE_TYPE = "catalog-reuse";

	/** udata's reuse types. */
	public static final List<String> TYPES = List.of("api", "application", "idea", "news_article", "paper", "post",
			"visualization", "hardware");

	public boolean archived() {
		return archivedAt != null;
	}
}
