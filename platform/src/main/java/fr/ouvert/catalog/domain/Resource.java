package fr.ouvert.catalog.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A file or link of a dataset.
 *
 * @param filetype {@code file} (uploaded, kept by the platform's storage under
 *            {@code storageKey}) or {@code remote} (a URL checked periodically)
 * @param checkAvailable the link checker's last answer; {@code null} until checked, which
 *            counts as available as in udata
 */
public record Resource(UUID id, UUID datasetId, int position, String title, String description, String filetype,
		String type, String url, String storageKey, String format, String mime, Long filesize, String checksumType,
		String checksumValue, String schemaName, String schemaVersion, String remoteId, Boolean checkAvailable,
		Integer checkStatus, Instant checkDate, Instant createdAt, Instant lastModified) {

	public static final java.util.List<String> TYPES = java.util.List.of("main", "documentation", "update", "api",
			"code", "other");

	public boolean remote() {
		return "remote".equals(filetype);
	}

	/** The permalink through which downloads are counted and redirected (udata's {@code /datasets/r/{id}}). */
	public String latest() {
		return "/api/1/datasets/r/" + id;
	}
}
