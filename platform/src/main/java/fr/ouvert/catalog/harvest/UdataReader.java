package fr.ouvert.catalog.harvest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.ouvert.catalog.dcat.FrequencyVocabulary;
import fr.ouvert.catalog.domain.DatasetDescription;
import fr.ouvert.catalog.domain.DatasetDescription.ResourceDescription;
import fr.ouvert.catalog.domain.Frequency;
import fr.ouvert.kernel.opendata.Licence;
import tools.jackson.databind.JsonNode;

/**
 * Reads udata's API v1 (data.gouv.fr and other udata portals): a page of
 * {@code /api/1/datasets/?organization=…} in its envelope
 * {@code {data, page, page_size, total, next_page}}, a single dataset object, or a plain array of
 * datasets.
 */
public final class UdataReader {

	private final JsonDocument json;
	private final LicenceGuesser licences = new LicenceGuesser();

	private UdataReader(JsonDocument json) {
		this.json = json;
	}

	public static HarvestedPage read(byte[] content, String sourceUrl) {
		return new UdataReader(JsonDocument.parse(content, sourceUrl)).read();
	}

	private HarvestedPage read() {
		JsonNode root = json.root;
		List<DatasetDescription> datasets = new ArrayList<>();
		if (root.isObject() && root.has("data")) {
			List<JsonNode> items = json.array(root, "data", "");
			for (int i = 0; i < items.size(); i++) {
				dataset(items.get(i), "/data/" + i).ifPresent(datasets::add);
			}
			return new HarvestedPage(datasets, json.warnings, json.text(root, "next_page", ""),
					json.number(root, "total", ""));
		}
		if (root.isArray()) {
			for (int i = 0; i < root.size(); i++) {
				dataset(root.get(i), "/" + i).ifPresent(datasets::add);
			}
			return new HarvestedPage(datasets, json.warnings, null, (long) root.size());
		}
		if (root.isObject() && (root.has("id") || root.has("title"))) {
			dataset(root, "").ifPresent(datasets::add);
			return new HarvestedPage(datasets, json.warnings, null, 1L);
		}
		throw new HarvestFormatException(json.source, null,
				"neither a udata page ({data, next_page, …}) nor a dataset nor an array of datasets");
	}

	private Optional<DatasetDescription> dataset(JsonNode d, String pointer) {
		if (!d.isObject()) {
			throw json.wrongKind(pointer, "a dataset object", d);
		}
		String id = json.text(d, "id", pointer);
		String title = json.text(d, "title", pointer);
		String where = id == null ? pointer : id;
		if (id == null || title == null) {
			json.warn(where, id == null ? "id" : "title", "dataset has no " + (id == null ? "id" : "title") + ": skipped");
			return Optional.empty();
		}
		List<String> rejected = new ArrayList<>();
		List<String> tags = Tags.normalize(
				json.array(d, "tags", pointer).stream().map(JsonNode::asString).toList(), rejected);
		rejected.forEach(tag -> json.warn(where, "tags", "tag '" + tag + "' has a length out of "
				+ Tags.MIN_LENGTH + "-" + Tags.MAX_LENGTH + ": dropped"));
		Optional<JsonNode> temporal = json.object(d, "temporal_coverage", pointer);
		Optional<JsonNode> spatial = json.object(d, "spatial", pointer);
		List<String> zones = new ArrayList<>();
		spatial.ifPresent(s -> {
			List<JsonNode> items = json.array(s, "zones", pointer + "/spatial");
			for (int i = 0; i < items.size(); i++) {
				JsonNode zone = items.get(i);
				String zoneId = zone.isObject() ? json.text(zone, "id", pointer + "/spatial/zones/" + i)
						: zone.asString();
				if (zoneId != null && !zoneId.isBlank()) {
					zones.add(zoneId);
				}
			}
		});
		Instant lastUpdate = instant(d, "last_update", pointer, where);
		List<ResourceDescription> resources = new ArrayList<>();
		List<JsonNode> items = json.array(d, "resources", pointer);
		for (int i = 0; i < items.size(); i++) {
			resource(items.get(i), pointer + "/resources/" + i, where).ifPresent(resources::add);
		}
		return Optional.of(new DatasetDescription(id, json.text(d, "uri", pointer), json.text(d, "slug", pointer), title,
				json.text(d, "acronym", pointer), json.text(d, "description", pointer), tags,
				licence(json.text(d, "license", pointer), where), frequency(json.text(d, "frequency", pointer), where),
				temporal.map(t -> date(t, "start", pointer + "/temporal_coverage", where)).orElse(null),
				temporal.map(t -> date(t, "end", pointer + "/temporal_coverage", where)).orElse(null), zones,
				spatial.map(s -> json.text(s, "granularity", pointer + "/spatial")).orElse(null),
				instant(d, "created_at", pointer, where),
				lastUpdate != null ? lastUpdate : instant(d, "last_modified", pointer, where),
				json.text(d, "page", pointer),
				json.object(d, "organization", pointer).map(o -> json.text(o, "name", pointer + "/organization"))
					.orElse(null),
				resources));
	}

	private Optional<ResourceDescription> resource(JsonNode r, String pointer, String dataset) {
		if (!r.isObject()) {
			throw json.wrongKind(pointer, "a resource object", r);
		}
		String id = json.text(r, "id", pointer);
		String where = dataset + ", resource " + (id == null ? pointer : id);
		String url = json.text(r, "url", pointer);
		if (url == null) {
			json.warn(where, "url", "resource has no URL: skipped");
			return Optional.empty();
		}
		Optional<JsonNode> checksum = json.object(r, "checksum", pointer);
		Optional<JsonNode> schema = json.object(r, "schema", pointer);
		String schemaName = schema
			.map(s -> Optional.ofNullable(json.text(s, "name", pointer + "/schema"))
				.orElse(json.text(s, "url", pointer + "/schema")))
			.orElse(null);
		String format = json.text(r, "format", pointer);
		String title = json.text(r, "title", pointer);
		return Optional.of(new ResourceDescription(id, title == null ? url : title, json.text(r, "description", pointer),
				url, Optional.ofNullable(json.text(r, "type", pointer)).orElse("main"),
				format == null ? null : format.toLowerCase(Locale.ROOT), json.text(r, "mime", pointer),
				json.number(r, "filesize", pointer), checksum.map(c -> json.text(c, "type", pointer + "/checksum")).orElse(null),
				checksum.map(c -> json.text(c, "value", pointer + "/checksum")).orElse(null),
				instant(r, "last_modified", pointer, where),
				schemaName, schema.map(s -> json.text(s, "version", pointer + "/schema")).orElse(null),
				available(r, pointer)));
	}

	/** The link checker's verdict ({@code extras["check:available"]}), null when never checked. */
	private Boolean available(JsonNode r, String pointer) {
		return json.object(r, "extras", pointer).map(extras -> json.text(extras, "check:available", pointer + "/extras"))
			.map(Boolean::valueOf)
			.orElse(null);
	}

	private String licence(String value, String where) {
		if (value == null) {
			return Licence.NOT_SPECIFIED.id();
		}
		Optional<Licence> licence = Licence.of(value).or(() -> licences.guess(value));
		if (licence.isEmpty()) {
			json.warn(where, "license", "licence '" + value + "' not recognised: " + Licence.NOT_SPECIFIED.id());
		}
		return licence.orElse(Licence.NOT_SPECIFIED).id();
	}

	private String frequency(String value, String where) {
		if (value == null) {
			return null;
		}
		Optional<Frequency> frequency = FrequencyVocabulary.parse(value);
		if (frequency.isEmpty()) {
			json.warn(where, "frequency", "unknown frequency '" + value + "': dropped");
		}
		return frequency.map(Frequency::code).orElse(null);
	}

	private Instant instant(JsonNode node, String field, String pointer, String where) {
		String text = json.text(node, field, pointer);
		Optional<Instant> instant = HarvestDates.instant(text);
		if (text != null && instant.isEmpty()) {
			json.warn(where, field, "not a date: '" + text + "': dropped");
		}
		return instant.orElse(null);
	}

	private LocalDate date(JsonNode node, String field, String pointer, String where) {
		String text = json.text(node, field, pointer);
		Optional<LocalDate> date = HarvestDates.date(text);
		if (text != null && date.isEmpty()) {
			json.warn(where, "temporal_coverage." + field, "not a date: '" + text + "': dropped");
		}
		return date.orElse(null);
	}
}
