package fr.ouvert.catalog.harvest;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.ouvert.catalog.dcat.FrequencyVocabulary;
import fr.ouvert.catalog.domain.DatasetDescription;
import fr.ouvert.catalog.domain.DatasetDescription.ResourceDescription;
import fr.ouvert.catalog.domain.Frequency;
import fr.ouvert.kernel.opendata.Licence;
import tools.jackson.databind.JsonNode;

/**
 * Reads CKAN's action API (and DKAN's imitation of it): {@code package_search} results with
 * {@code count} and paging by {@code start}/{@code rows}, and {@code package_show}, with or
 * without the {@code {help, success, result}} envelope.
 */
public final class CkanReader {

	/** Keys under which CKAN extensions and DKAN put the update frequency. */
	private static final List<String> FREQUENCY_EXTRAS = List.of("frequency", "accrual_periodicity",
			"frequency-of-update", "update_frequency");

	/** A size as DKAN writes it: {@code 42 octets}, {@code 1024 bytes}. */
	private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(octets?|bytes?|o|b)?", Pattern.CASE_INSENSITIVE);

	private static final Map<Integer, String> HASH_LENGTHS = Map.of(32, "md5", 40, "sha1", 64, "sha256");

	private final JsonDocument json;
	private final String site;
	private final LicenceGuesser licences = new LicenceGuesser();

	private CkanReader(JsonDocument json) {
		this.json = json;
		int api = json.source.indexOf("/api/");
		this.site = api > 0 ? json.source.substring(0, api) : null;
	}

	/** @param sourceUrl the action URL: its site gives landing pages, its {@code start}/{@code rows} the next page */
	public static HarvestedPage read(byte[] content, String sourceUrl) {
		return new CkanReader(JsonDocument.parse(content, sourceUrl)).read();
	}

	private HarvestedPage read() {
		JsonNode result = json.root;
		String pointer = "";
		if (result.isObject() && result.has("success")) {
			if (!result.get("success").asBoolean()) {
				String message = json.object(result, "error", "")
					.map(e -> json.text(e, "message", "/error"))
					.orElse("no error message");
				throw new HarvestFormatException(json.source, "/error", "the CKAN API answered an error: " + message);
			}
			result = result.get("result");
			pointer = "/result";
			if (result == null || result.isNull()) {
				throw new HarvestFormatException(json.source, pointer, "successful answer without result");
			}
		}
		List<DatasetDescription> datasets = new ArrayList<>();
		if (result.isObject() && result.has("results")) {
			List<JsonNode> items = json.array(result, "results", pointer);
			for (int i = 0; i < items.size(); i++) {
				dataset(items.get(i), pointer + "/results/" + i).ifPresent(datasets::add);
			}
			Long count = json.number(result, "count", pointer);
			return new HarvestedPage(datasets, json.warnings, nextPage(items.size(), count), count);
		}
		if (result.isArray()) {
			for (int i = 0; i < result.size(); i++) {
				dataset(result.get(i), pointer + "/" + i).ifPresent(datasets::add);
			}
			return new HarvestedPage(datasets, json.warnings, null, (long) result.size());
		}
		if (result.isObject() && (result.has("id") || result.has("name"))) {
			dataset(result, pointer).ifPresent(datasets::add);
			return new HarvestedPage(datasets, json.warnings, null, 1L);
		}
		throw new HarvestFormatException(json.source, pointer,
				"neither a package_search result ({count, results}) nor a package");
	}

	/** The same search from the next offset, while the count says more datasets remain. */
	private String nextPage(int received, Long count) {
		if (count == null || received == 0) {
			return null;
		}
		URI uri = URI.create(json.source);
		Map<String, String> query = new LinkedHashMap<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				int eq = pair.indexOf('=');
				query.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
			}
		}
		long start = parseOr(query.get("start"), 0);
		long rows = parseOr(query.get("rows"), received);
		long next = start + rows;
		if (next >= count) {
			return null;
		}
		query.put("start", Long.toString(next));
		StringBuilder url = new StringBuilder(json.source.split("\\?")[0]).append('?');
		query.forEach((k, v) -> url.append(k).append(v.isEmpty() && !k.equals("start") ? "" : "=" + v).append('&'));
		return url.substring(0, url.length() - 1);
	}

	private static long parseOr(String value, long otherwise) {
		try {
			return value == null ? otherwise : Long.parseLong(value);
		}
		catch (NumberFormatException e) {
			return otherwise;
		}
	}

	private Optional<DatasetDescription> dataset(JsonNode p, String pointer) {
		if (!p.isObject()) {
			throw json.wrongKind(pointer, "a package object", p);
		}
		String id = json.text(p, "id", pointer);
		String name = json.text(p, "name", pointer);
		String title = json.text(p, "title", pointer);
		String where = id != null ? id : name != null ? name : pointer;
		if (id == null && name == null || title == null) {
			json.warn(where, title == null ? "title" : "id", "package has no " + (title == null ? "title" : "id or name")
					+ ": skipped");
			return Optional.empty();
		}
		Map<String, String> extras = extras(p, pointer);
		List<String> rejected = new ArrayList<>();
		List<String> tags = Tags.normalize(json.array(p, "tags", pointer)
			.stream()
			.map(t -> t.isObject() ? json.text(t, "name", pointer + "/tags") : t.asString())
			.filter(Objects::nonNull)
			.toList(), rejected);
		rejected.forEach(tag -> json.warn(where, "tags", "tag '" + tag + "' has a length out of " + Tags.MIN_LENGTH
				+ "-" + Tags.MAX_LENGTH + ": dropped"));
		if (extras.containsKey("spatial")) {
			json.warn(where, "extras.spatial", "geometry not mapped: only zone ids are kept");
		}
		Instant modified = instant(p, "metadata_modified", pointer, where);
		List<ResourceDescription> resources = new ArrayList<>();
		List<JsonNode> items = json.array(p, "resources", pointer);
		for (int i = 0; i < items.size(); i++) {
			resource(items.get(i), pointer + "/resources/" + i, where, modified).ifPresent(resources::add);
		}
		String notes = json.text(p, "notes", pointer);
		return Optional.of(new DatasetDescription(id != null ? id : name, null, name, title, null,
				HtmlToMarkdown.convert(notes), tags, licence(p, pointer, where), frequency(extras, where),
				date(extras.get("temporal_start"), where, "extras.temporal_start"),
				date(extras.get("temporal_end"), where, "extras.temporal_end"), List.of(), null,
				instant(p, "metadata_created", pointer, where), modified,
				site != null && name != null ? site + "/dataset/" + name : null,
				json.object(p, "organization", pointer).map(o -> json.text(o, "title", pointer + "/organization"))
					.orElse(null),
				resources));
	}

	private Map<String, String> extras(JsonNode p, String pointer) {
		Map<String, String> extras = new HashMap<>();
		List<JsonNode> items = json.array(p, "extras", pointer);
		for (int i = 0; i < items.size(); i++) {
			String key = json.text(items.get(i), "key", pointer + "/extras/" + i);
			String value = json.text(items.get(i), "value", pointer + "/extras/" + i);
			if (key != null && value != null) {
				extras.put(key, value);
			}
		}
		return extras;
	}

	private Optional<ResourceDescription> resource(JsonNode r, String pointer, String dataset, Instant packageModified) {
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
		String name = json.text(r, "name", pointer);
		String format = json.text(r, "format", pointer);
		String mime = json.text(r, "mimetype", pointer);
		String[] checksum = checksum(json.text(r, "hash", pointer));
		Instant modified = instant(r, "last_modified", pointer, where);
		if (modified == null) {
			modified = packageModified;
		}
		String type = json.text(r, "resource_type", pointer);
		return Optional.of(new ResourceDescription(id, name == null ? url : name,
				HtmlToMarkdown.convert(json.text(r, "description", pointer)), url,
				"api".equals(type) || "documentation".equals(type) ? type : "main",
				format == null ? null : format.toLowerCase(Locale.ROOT),
				mime != null && mime.contains("/") ? mime.toLowerCase(Locale.ROOT) : null, size(r, pointer, where),
				checksum[0], checksum[1], modified, null, null, null));
	}

	private Long size(JsonNode r, String pointer, String where) {
		JsonNode size = r.get("size");
		if (size != null && size.isIntegralNumber()) {
			return size.asLong();
		}
		String text = json.text(r, "size", pointer);
		if (text == null) {
			return null;
		}
		Matcher matcher = SIZE.matcher(text);
		if (matcher.matches()) {
			return Long.valueOf(matcher.group(1));
		}
		json.warn(where, "size", "not a size in bytes: '" + text + "': dropped");
		return null;
	}

	/** {@code sha1:…} style hashes, or a bare hexadecimal hash whose length tells the algorithm. */
	private static String[] checksum(String hash) {
		if (hash == null) {
			return new String[2];
		}
		int colon = hash.indexOf(':');
		String type = colon > 0 ? hash.substring(0, colon).toLowerCase(Locale.ROOT) : null;
		String value = (colon > 0 ? hash.substring(colon + 1) : hash).toLowerCase(Locale.ROOT);
		if (!value.matches("[0-9a-f]+")) {
			return new String[2];
		}
		if (type == null) {
			type = HASH_LENGTHS.get(value.length());
		}
		return type != null && HASH_LENGTHS.containsValue(type) ? new String[] { type, value } : new String[2];
	}

	private String licence(JsonNode p, String pointer, String where) {
		String id = json.text(p, "license_id", pointer);
		String url = json.text(p, "license_url", pointer);
		String title = json.text(p, "license_title", pointer);
		if (id == null && url == null && title == null) {
			return Licence.NOT_SPECIFIED.id();
		}
		Optional<Licence> licence = licences.guess(id, url, title);
		if (licence.isEmpty()) {
			json.warn(where, "license_id", "licence not recognised (" + String.join(", ",
					Stream.of(id, url, title).filter(Objects::nonNull).toList()) + "): "
					+ Licence.NOT_SPECIFIED.id());
		}
		return licence.orElse(Licence.NOT_SPECIFIED).id();
	}

	private String frequency(Map<String, String> extras, String where) {
		for (String key : FREQUENCY_EXTRAS) {
			String value = extras.get(key);
			if (value != null) {
				Optional<Frequency> frequency = FrequencyVocabulary.parse(value);
				if (frequency.isEmpty()) {
					json.warn(where, "extras." + key, "unknown frequency '" + value + "': dropped");
				}
				return frequency.map(Frequency::code).orElse(null);
			}
		}
		return null;
	}

	private Instant instant(JsonNode node, String field, String pointer, String where) {
		String text = json.text(node, field, pointer);
		Optional<Instant> instant = HarvestDates.instant(text);
		if (text != null && instant.isEmpty()) {
			json.warn(where, field, "not a date: '" + text + "': dropped");
		}
		return instant.orElse(null);
	}

	private LocalDate date(String text, String where, String property) {
		Optional<LocalDate> date = HarvestDates.date(text);
		if (text != null && date.isEmpty()) {
			json.warn(where, property, "not a date: '" + text + "': dropped");
		}
		return date.orElse(null);
	}
}
