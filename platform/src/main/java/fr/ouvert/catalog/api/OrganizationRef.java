package fr.ouvert.catalog.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** udata's short organisation reference, embedded in datasets and reuses. */
record OrganizationRef(@JsonProperty("class") String kind, String id, String name, String slug, String acronym,
		String logo, String logoThumbnail, String page, String uri, List<DatasetJson.Badge> badges) {
}
