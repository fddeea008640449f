package fr.ouvert.catalog.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON page from a remote API, with typed reads that fail with the source and the JSON pointer
 * of a value of the wrong kind, and a list of warnings for what the mapping drops.
 */
final class JsonDocument {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	final String source;
	final JsonNode root;
	final List<HarvestWarning> warnings = new ArrayList<>();

	private JsonDocument(String source, JsonNode root) {
		this.source = source;
		this.root = root;
	}

	static JsonDocument parse(byte[] content, String source) {
		try {
			return new JsonDocument(source, MAPPER.readTree(content));
		}
		catch (JacksonException e) {
			var location = e.getLocation();
			String where = location == null ? null
					: "line " + location.getLineNr() + ", column " + location.getColumnNr();
			throw new HarvestFormatException(source, where, "not valid JSON: " + e.getOriginalMessage(), e);
		}
	}

	/** Text of a field; numbers and booleans as written; null when absent, null or empty. */
	String text(JsonNode node, String field, String pointer) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isString() || value.isNumber() || value.isBoolean()) {
			String text = value.asString().strip();
			return text.isEmpty() ? null : text;
		}
		throw wrongKind(pointer + "/" + field, "text", value);
	}

	/** An object field, or empty when absent or null. */
	Optional<JsonNode> object(JsonNode node, String field, String pointer) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return Optional.empty();
		}
		if (!value.isObject()) {
			throw wrongKind(pointer + "/" + field, "an object", value);
		}
		return Optional.of(value);
	}

	/** The items of an array field, none when absent or null. */
	List<JsonNode> array(JsonNode node, String field, String pointer) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw wrongKind(pointer + "/" + field, "an array", value);
		}
		List<JsonNode> items = new ArrayList<>();
		value.forEach(items::add);
		return items;
	}

	/** A whole number; a number written as text is accepted, anything else is a warning. */
	Long number(JsonNode node, String field, String pointer) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.isString() && value.asString().isBlank()) {
			return null;
		}
		if (value.isIntegralNumber()) {
			return value.asLong();
		}
		try {
			return Long.valueOf(value.asString().strip());
		}
		catch (NumberFormatException e) {
			warn(pointer, field, "not a whole number: '" + value.asString() + "': dropped");
			return null;
		}
	}

	HarvestFormatException wrongKind(String pointer, String expected, JsonNode found) {
		return new HarvestFormatException(source, pointer, "expected " + expected + ", found " + found.getNodeType()
			.name()
			.toLowerCase(Locale.ROOT));
	}

	void warn(String item, String property, String message) {
		warnings.add(new HarvestWarning(source, item, property, message));
	}
}
