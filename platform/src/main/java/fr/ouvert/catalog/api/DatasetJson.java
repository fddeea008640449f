package fr.ouvert.catalog.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A dataset as udata's API v1 writes it ({@code udata/core/dataset/api_fields.py}): same field
 * names, same nesting, so that data.gouv.fr clients read it as they are. Ids are strings.
 */
record DatasetJson(String id, String title, String acronym, String slug, String description,
		String descriptionShort, Instant createdAt, Instant lastModified, Instant lastUpdate, String license,
		String frequency, Instant frequencyDate, TemporalCoverage temporalCoverage, Spatial spatial, List<String> tags,
		List<Badge> badges, OrganizationRef organization, Object owner, @JsonProperty("private") boolean isPrivate,
		Instant archived, Instant deleted, boolean featured, List<ResourceJson> resources, QualityJson quality,
		Metrics metrics, String page, String uri, Map<String, Object> extras, Harvest harvest, Object schema,
		List<Object> contactPoints, Internal internal) {

	record TemporalCoverage(LocalDate start, LocalDate end) {
	}

	/** @param geom always null: zones are named, not drawn */
	record Spatial(List<String> zones, String granularity, Object geom) {
	}

	record Badge(String kind) {
	}

	/**
	 * udata's quality block with every criterion: a criterion that does not apply (no resources,
	 * no frequency) is {@code false}, as data.gouv.fr shows it.
	 */
	record QualityJson(boolean allResourcesAvailable, boolean datasetDescriptionQuality, boolean hasOpenFormat,
			boolean hasResources, boolean license, boolean resourcesDocumentation, double score, boolean spatial,
			boolean temporalCoverage, boolean updateFrequency, boolean updateFulfilledInTime) {
	}

	/**
	 * @param downloads downloads through the resources' permalinks; {@code resources_downloads}
	 *            repeats it under udata's name
	 * @param followers always 0: the platform has no followers
	 * @param discussions always 0: discussions are not counted by the catalog yet
	 */
	record Metrics(long views, long downloads, long reuses, long followers, long discussions,
			long resourcesDownloads) {
	}

	/** @param sourceId the harvest source of the platform that brought the dataset */
	record Harvest(String remoteId, String uri, String sourceId) {
	}

	record Internal(Instant createdAtInternal, Instant lastModifiedInternal) {
	}
}
