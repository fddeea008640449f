package fr.ouvert.catalog.api;

import java.util.List;
import java.util.Map;

/**
 * An organisation as udata's API v1 writes it, without what the platform does not publish: no
 * members (personal data), no logo.
 *
 * @param businessNumberId the organisation's SIRET, public for public bodies
 */
record OrganizationJson(String id, String name, String acronym, String slug, String description, String url,
		String logo, String logoThumbnail, List<DatasetJson.Badge> badges, String businessNumberId, Object deleted,
		Map<String, Object> extras, Metrics metrics, String page, String uri) {

	record Metrics(long datasets, long reuses) {
	}
}
