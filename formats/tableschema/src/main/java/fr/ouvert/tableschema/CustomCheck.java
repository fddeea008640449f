package fr.ouvert.tableschema;

import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * A Validata custom check declared in the schema ({@code "custom_checks": [{"name": …, "params": {…}}]}). A check
 * is created per validation; {@link #start} sees which columns the file has, {@link #check} each data row.
 */
public interface CustomCheck {

	/** A check as declared in the schema. */
	record Declaration(String name, Map<String, JsonNode> params) {
	}

	/** The columns of the file being validated. */
	interface Columns {
		/** The 0-based column of the field in the file, or -1 when the file does not have it. */
		int indexOf(String fieldName);
	}

	/** A data row as the checks see it. */
	interface Row {
		/** The typed value, or null when the cell is missing, empty (a missing value) or not of its type. */
		Object value(int column);

		/** An error on one cell of this row. */
		ValidationError cellError(String type, String title, String message, String note, int column);

		/** An error on the row as a whole. */
		ValidationError rowError(String type, String title, String message, String note);
	}

	/** Called once after the header is read: may report that a column the check needs is absent. */
	void start(Columns columns, Consumer<ValidationError> errors);

	void check(Row row, Consumer<ValidationError> errors);
}
