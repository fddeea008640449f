package fr.ouvert.catalog.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
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

	public static final List<String> TYPES = List.of("main", "documentation", "update", "api",
			"code", "other");

	public boolean remote() {
		return "remote".equals(filetype);
	}

	/** The permalink through which downloads are counted and redirected (udata's {@code /datasets/r/{id}}). */
	public String latest() {
		return "/api/1/datasets/r/" + id;
	}

	/**
	 * Whether two lists describe the same resources, in the same order (ids, texts, links, formats,
	 * checksums, schemas, availability): what decides that a synchronised dataset did not change.
	 */
	public static boolean sameContent(List<Resource> a, List<Resource> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			Resource x = a.get(i);
			Resource y = b.get(i);
			if (!x.id().equals(y.id()) || !x.title().equals(y.title()) || !x.url().equals(y.url())
					|| !Objects.equals(x.description(), y.description()) || !x.type().equals(y.type())
					|| !Objects.equals(x.format(), y.format()) || !Objects.equals(x.checksumValue(), y.checksumValue())
					|| !Objects.equals(x.filesize(), y.filesize())
					|| !Objects.equals(x.checkAvailable(), y.checkAvailable())
					|| !Objects.equals(x.schemaName(), y.schemaName())) {
				return false;
			}
		}
		return true;
	}
}
