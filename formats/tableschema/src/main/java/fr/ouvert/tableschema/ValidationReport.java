package fr.ouvert.tableschema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of a validation, in the shape of Validata's report ({@code validata_core} {@code Report.to_dict()}):
 * {@code valid}, {@code stats} ({@code errors, warnings, seconds, fields, rows, rows_processed}), {@code warnings}
 * and {@code errors}. Only the first {@code maxErrors} errors are kept (see {@link ValidationOptions}); the counts
 * ({@link #errorCount()}, {@link #errorCountsByType()}) always cover the whole file.
 */
public final class ValidationReport {

	private final boolean valid;
	private final long errorCount;
	private final Map<String, Long> errorCountsByType;
	private final List<ValidationError> errors;
	private final List<ValidationError> warnings;
	private final double seconds;
	private final int fields;
	private final long rows;

	ValidationReport(long errorCount, Map<String, Long> errorCountsByType, List<ValidationError> errors,
			List<ValidationError> warnings, double seconds, int fields, long rows) {
		this.valid = errorCount == 0;
		this.errorCount = errorCount;
		this.errorCountsByType = Map.copyOf(errorCountsByType);
		this.errors = List.copyOf(errors);
		this.warnings = List.copyOf(warnings);
		this.seconds = seconds;
		this.fields = fields;
		this.rows = rows;
	}

	/** A report for a schema that is not a valid Table Schema: one {@code schema-error} per problem. */
	public static ValidationReport schemaErrors(TableSchemaException invalid) {
		List<ValidationError> errors = new ArrayList<>();
		for (String problem : invalid.problems()) {
			errors.add(ValidationError.table("schema-error", "Schéma invalide",
					"Le schéma n'est pas un Table Schema valide : " + problem + ".", problem));
		}
		return new ValidationReport(errors.size(), Map.of("schema-error", (long) errors.size()), errors, List.of(),
				0, 0, 0);
	}

	public boolean valid() {
		return valid;
	}

	/** All errors found, including those beyond the kept list. */
	public long errorCount() {
		return errorCount;
	}

	public Map<String, Long> errorCountsByType() {
		return errorCountsByType;
	}

	/** The kept errors, in the order found (header, then rows in file order). */
	public List<ValidationError> errors() {
		return errors;
	}

	public List<ValidationError> warnings() {
		return warnings;
	}

	public double seconds() {
		return seconds;
	}

	/** Number of columns in the file's header. */
	public int fields() {
		return fields;
	}

	/** Number of data rows read (all of them: there is no row cap). */
	public long rows() {
		return rows;
	}

	public boolean truncated() {
		return errors.size() < errorCount;
	}

	public String toJson() {
		ObjectNode root = TableSchema.JSON.createObjectNode();
		root.put("valid", valid);
		ObjectNode stats = root.putObject("stats");
		stats.put("errors", errorCount);
		stats.put("warnings", warnings.size());
		stats.put("seconds", Math.round(seconds * 1000) / 1000.0);
		stats.put("fields", fields);
		stats.put("rows", rows);
		stats.put("rows_processed", rows);
		stats.put("errors_reported", errors.size());
		ObjectNode byType = stats.putObject("errors_by_type");
		new java.util.TreeMap<>(errorCountsByType).forEach(byType::put);
		write(root.putArray("warnings"), warnings);
		write(root.putArray("errors"), errors);
		return TableSchema.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static void write(ArrayNode array, List<ValidationError> list) {
		for (ValidationError error : list) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("type", error.type());
			values.put("title", error.title());
			values.put("message", error.message());
			values.put("note", error.note());
			values.put("row", error.row());
			values.put("rowPosition", error.rowPosition());
			values.put("field", error.field());
			values.put("fieldNumber", error.fieldNumber());
			values.put("cell", error.cell());
			ObjectNode node = array.addObject();
			values.forEach((key, value) -> {
				if (value instanceof String s) {
					node.put(key, s);
				} else if (value instanceof Long l) {
					node.put(key, l);
				} else if (value instanceof Integer i) {
					node.put(key, i);
				}
			});
		}
	}
}
