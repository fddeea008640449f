package fr.ouvert.decp.ocds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles the releases of one contracting process into its compiled release, by the OCDS 1.1 merge rules, on
 * any JSON tree:
 * <ul>
 * <li>releases are taken in {@code date} order (stable for equal dates);
 * <li>the fields marked {@code omitWhenMerged} ({@code id}, {@code date}, {@code tag} of the release) are dropped;
 * <li>objects are merged field by field, a {@code null} value removes the field, other values replace older ones;
 * <li>arrays of objects are merged by the objects' {@code id} (identifier merge; an object without {@code id} is
 * merged by its position; of two objects with the same {@code id} in one release, the last is kept), new objects
 * appended in order;
 * <li>other arrays, and those marked {@code wholeListMerge}, are replaced as a whole.
 * </ul>
 * The compiled release gets {@code tag ["compiled"]}, the latest {@code date} and {@code id = {ocid}-{date}}.
 */
public final class OcdsMerge {

	/**
	 * The rules of the OCDS 1.1.5 release schema: {@code omitWhenMerged} on the release's {@code id}, {@code date}
	 * and {@code tag}; {@code wholeListMerge} on {@code additionalIdentifiers} and {@code additionalClassifications},
	 * wherever they appear (the schema marks only those).
	 */
	public static final OcdsMerge OCDS_1_1_5 = new OcdsMerge(Set.of("id", "date", "tag"),
			Set.of("additionalIdentifiers", "additionalClassifications"));

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Set<String> omittedReleaseFields;
	private final Set<String> wholeListFields;

	/**
	 * @param omittedReleaseFields top-level release fields marked {@code omitWhenMerged}
	 * @param wholeListFields names of the array fields marked {@code wholeListMerge}
	 */
	public OcdsMerge(Set<String> omittedReleaseFields, Set<String> wholeListFields) {
		this.omittedReleaseFields = Set.copyOf(omittedReleaseFields);
		this.wholeListFields = Set.copyOf(wholeListFields);
	}

	/** The compiled release of the releases of one ocid. */
	public ObjectNode compile(List<? extends JsonNode> releases) {
		if (releases.isEmpty()) {
			throw new IllegalArgumentException("Aucune release à compiler");
		}
		List<JsonNode> sorted = new ArrayList<>(releases);
		sorted.sort(Comparator.comparing(release -> release.path("date").asString("")));
		ObjectNode compiled = NODES.objectNode();
		for (JsonNode release : sorted) {
			for (Map.Entry<String, JsonNode> field : release.properties()) {
				if (!omittedReleaseFields.contains(field.getKey())) {
					mergeField(compiled, field.getKey(), field.getValue());
				}
			}
		}
		JsonNode last = sorted.get(sorted.size() - 1);
		String date = last.path("date").asString(null);
		ObjectNode result = NODES.objectNode();
		result.putArray("tag").add("compiled");
		result.put("id", compiled.path("ocid").asString("") + "-" + date);
		result.put("date", date);
		result.setAll(compiled);
		return result;
	}

	private void mergeField(ObjectNode target, String name, JsonNode value) {
		if (value.isNull()) {
			target.remove(name);
		} else if (value.isObject()) {
			JsonNode existing = target.get(name);
			ObjectNode merged = existing != null && existing.isObject() ? (ObjectNode) existing : target.putObject(name);
			mergeObject(merged, value);
		} else if (value.isArray() && !wholeListFields.contains(name) && isArrayOfObjects(value)) {
			JsonNode existing = target.get(name);
			target.set(name, mergeById(existing != null && existing.isArray() ? (ArrayNode) existing : null, value));
		} else {
			target.set(name, value.deepCopy());
		}
	}

	private void mergeObject(ObjectNode target, JsonNode source) {
		for (Map.Entry<String, JsonNode> field : source.properties()) {
			mergeField(target, field.getKey(), field.getValue());
		}
	}

	private ArrayNode mergeById(ArrayNode existing, JsonNode source) {
		Map<JsonNode, ObjectNode> byId = new LinkedHashMap<>();
		if (existing != null && isArrayOfObjects(existing)) {
			for (int i = 0; i < existing.size(); i++) {
				byId.put(identifier(existing.get(i), i), (ObjectNode) existing.get(i));
			}
		}
		Map<JsonNode, JsonNode> incoming = new LinkedHashMap<>();
		for (int i = 0; i < source.size(); i++) {
			incoming.put(identifier(source.get(i), i), source.get(i));
		}
		for (Map.Entry<JsonNode, JsonNode> item : incoming.entrySet()) {
			ObjectNode target = byId.computeIfAbsent(item.getKey(), id -> NODES.objectNode());
			mergeObject(target, item.getValue());
		}
		ArrayNode merged = NODES.arrayNode();
		byId.values().forEach(merged::add);
		return merged;
	}

	private static JsonNode identifier(JsonNode item, int position) {
		JsonNode id = item.get("id");
		return id != null && !id.isNull() ? id : NODES.objectNode().put("position", position);
	}

	private static boolean isArrayOfObjects(JsonNode array) {
		if (array.isEmpty()) {
			return false;
		}
		for (JsonNode item : array) {
			if (!item.isObject()) {
				return false;
			}
		}
		return true;
	}
}
