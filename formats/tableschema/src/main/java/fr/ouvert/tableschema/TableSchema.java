package fr.ouvert.tableschema;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Frictionless Table Schema: its fields, {@code missingValues}, {@code primaryKey} and Validata's
 * {@code custom_checks}. Immutable once parsed, so one instance can validate many files, also concurrently.
 */
public final class TableSchema {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Field> fields;
	private final Set<String> missingValues;
	private final List<String> primaryKey;
	private final List<CustomCheck.Declaration> customChecks;

	private TableSchema(List<Field> fields, Set<String> missingValues, List<String> primaryKey,
			List<CustomCheck.Declaration> customChecks) {
		this.fields = List.copyOf(fields);
		this.missingValues = Set.copyOf(missingValues);
		this.primaryKey = List.copyOf(primaryKey);
		this.customChecks = List.copyOf(customChecks);
	}

	/** Parses a schema from UTF-8 JSON; the stream is read fully but not closed. */
	public static TableSchema parse(InputStream json) throws IOException, TableSchemaException {
		return parse(new String(json.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
	}

	public static TableSchema parse(String json) throws TableSchemaException {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		} catch (JacksonException e) {
			throw new TableSchemaException(List.of("the schema is not valid JSON: " + e.getOriginalMessage()));
		}
		return fromJson(root);
	}

	static TableSchema fromJson(JsonNode root) throws TableSchemaException {
		List<String> problems = new ArrayList<>();
		if (root == null || !root.isObject()) {
			throw new TableSchemaException(List.of("the schema must be a JSON object"));
		}
		Set<String> missingValues = new HashSet<>(Set.of(""));
		JsonNode missing = root.get("missingValues");
		if (missing != null) {
			missingValues.clear();
			if (!missing.isArray()) {
				problems.add("\"missingValues\" must be an array of strings");
			} else {
				for (JsonNode value : missing) {
					if (value.isString()) {
						missingValues.add(value.asString());
					} else {
						problems.add("\"missingValues\" must contain strings only, found " + value);
					}
				}
			}
		}
		List<Field> fields = new ArrayList<>();
		JsonNode fieldsNode = root.get("fields");
		if (fieldsNode == null || !fieldsNode.isArray() || fieldsNode.isEmpty()) {
			problems.add("\"fields\" must be a non-empty array");
		} else {
			Set<String> names = new HashSet<>();
			int position = 0;
			for (JsonNode fieldNode : fieldsNode) {
				position++;
				Field field = Field.fromJson(fieldNode, "fields[" + position + "]", problems);
				if (field != null) {
					if (!names.add(field.name())) {
						problems.add("fields[" + position + "]: duplicate field name \"" + field.name() + "\"");
					}
					fields.add(field);
				}
			}
		}
		List<String> primaryKey = new ArrayList<>();
		JsonNode pk = root.get("primaryKey");
		if (pk != null) {
			if (pk.isString()) {
				primaryKey.add(pk.asString());
			} else if (pk.isArray()) {
				pk.forEach(name -> primaryKey.add(name.asString()));
			} else {
				problems.add("\"primaryKey\" must be a field name or an array of field names");
			}
			for (String name : primaryKey) {
				if (fields.stream().noneMatch(f -> f.name().equals(name))) {
					problems.add("\"primaryKey\" names \"" + name + "\", which is not a field of the schema");
				}
			}
		}
		List<CustomCheck.Declaration> customChecks = new ArrayList<>();
		JsonNode checks = root.get("custom_checks");
		if (checks != null) {
			if (!checks.isArray()) {
				problems.add("\"custom_checks\" must be an array");
			} else {
				int position = 0;
				for (JsonNode check : checks) {
					position++;
					JsonNode name = check.get("name");
					if (name == null || !name.isString()) {
						problems.add("custom_checks[" + position + "]: \"name\" is required");
						continue;
					}
					Map<String, JsonNode> params = new LinkedHashMap<>();
					JsonNode paramsNode = check.get("params");
					if (paramsNode != null && paramsNode.isObject()) {
						paramsNode.properties().forEach(e -> params.put(e.getKey(), e.getValue()));
					}
					customChecks.add(new CustomCheck.Declaration(name.asString(), params));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new TableSchemaException(problems);
		}
		return new TableSchema(fields, missingValues, primaryKey, customChecks);
	}

	public List<Field> fields() {
		return fields;
	}

	public Set<String> missingValues() {
		return missingValues;
	}

	public List<String> primaryKey() {
		return primaryKey;
	}

	public List<CustomCheck.Declaration> customChecks() {
		return customChecks;
	}
}
