package fr.ouvert.tableschema;

/**
 * One error or warning of a report, in Validata's shape.
 *
 * @param type        the frictionless or Validata code ({@code type-error}, {@code french-siret-value}…)
 * @param title       short French name of the error, as Validata shows it
 * @param message     French explanation, as Validata translates it
 * @param note        technical detail (the violated constraint, the custom check's finding), may be null
 * @param row         the data row number as frictionless 4 counts it ({@code rowNumber}): 1 for the first row
 *                    after the header; blank rows count. Null for header and table errors
 * @param rowPosition the record's position in the file, header included ({@code rowPosition}): the first data row
 *                    is 2. A quoted value spanning lines is one record. Null when {@code row} is null
 * @param field       the field (column) name, or null
 * @param fieldNumber the 1-based column position in the file, or null
 * @param cell        the cell as read, or null
 */
public record ValidationError(String type, String title, String message, String note, Long row, Long rowPosition,
		String field, Integer fieldNumber, String cell) {

	static ValidationError table(String type, String title, String message, String note) {
		return new ValidationError(type, title, message, note, null, null, null, null, null);
	}

	static ValidationError header(String type, String title, String message, String field, Integer fieldNumber) {
		return new ValidationError(type, title, message, null, null, null, field, fieldNumber, null);
	}
}
