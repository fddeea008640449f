package fr.ouvert.catalog.api;

import java.time.Instant;
import java.util.Map;

/**
 * A resource as udata's API v1 writes it. {@code url} and {@code latest} are absolute; an
 * uploaded file's {@code url} is its permalink, which streams it.
 *
 * @param extras the link checker's {@code check:available}, {@code check:status} and
 *            {@code check:date}, only those it has set
 * @param metrics empty: downloads are counted per dataset
 */
record ResourceJson(String id, String title, String description, String filetype, String type, String format,
		String mime, Long filesize, Checksum checksum, String url, String latest, Instant createdAt,
		Instant lastModified, Schema schema, Map<String, Object> extras, String previewUrl, Map<String, Long> metrics,
		Harvest harvest, DatasetJson.Internal internal) {

	record Checksum(String type, String value) {
	}

	record Schema(String name, String version) {
	}

	record Harvest(String remoteId) {
	}
}
