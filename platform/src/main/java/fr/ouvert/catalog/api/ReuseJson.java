package fr.ouvert.catalog.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A reuse as udata's API v1 writes it. {@code owner} is always null: the person who declared a
 * reuse is not published.
 */
record ReuseJson(String id, String title, String slug, String description, String type, String url, String image,
		List<DatasetRef> datasets, OrganizationRef organization, Object owner, Instant createdAt, Instant lastModified,
		Instant archived, @JsonProperty("private") boolean isPrivate, List<String> tags, Metrics metrics, String page, String uri) {

	record DatasetRef(String id, String title, String slug, String page, String uri) {
	}

	/** @param datasets how many public datasets it uses */
	record Metrics(long datasets) {
	}
}
