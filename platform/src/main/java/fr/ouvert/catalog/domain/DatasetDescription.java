package fr.ouvert.catalog.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.ouvert.kernel.opendata.Licence;

/**
 * A dataset's metadata as it crosses the catalog's border: read from a harvested catalog (DCAT,
 * udata, CKAN) or written out as DCAT. Platform-specific state (quality, badges, visibility) is
 * not part of it.
 *
 * @param remoteId the identifier in the source catalog (harvesting) or the platform's id (export)
 * @param uri a stable URI of the dataset (DCAT subject, udata {@code uri}), may be null
 * @param licence udata licence id (see {@link Licence}); {@code notspecified} when unknown
 * @param frequency udata frequency code (see {@link Frequency}), may be null
 * @param spatialZones GeoZone ids such as {@code fr:departement:35}; may be empty
 */
public record DatasetDescription(String remoteId, String uri, String slug, String title, String acronym,
		String description, List<String> tags, String licence, String frequency, LocalDate temporalStart,
		LocalDate temporalEnd, List<String> spatialZones, String spatialGranularity, Instant createdAt,
		Instant lastModified, String landingPage, String publisherName, List<ResourceDescription> resources) {

	public DatasetDescription {
		tags = tags == null ? List.of() : List.copyOf(tags);
		spatialZones = spatialZones == null ? List.of() : List.copyOf(spatialZones);
		resources = resources == null ? List.of() : List.copyOf(resources);
	}

	/**
	 * A resource (DCAT distribution).
	 *
	 * @param type udata resource type: main, documentation, update, api, code, other
	 * @param format lower-case format such as {@code csv}; may be null
	 * @param checksumType one of sha1, sha2, sha256, md5, crc; null with no checksum
	 * @param available result of the source's own link check, when it publishes one (udata's
	 *            {@code check:available}); null when unknown
	 */
	public record ResourceDescription(String remoteId, String title, String description, String url, String type,
			String format, String mime, Long filesize, String checksumType, String checksumValue, Instant lastModified,
			String schemaName, String schemaVersion, Boolean available) {
	}
}
