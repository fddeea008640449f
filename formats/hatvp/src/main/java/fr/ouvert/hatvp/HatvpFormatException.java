package fr.ouvert.hatvp;

import java.io.IOException;

/**
 * A file that cannot be read as the HATVP format it should be in: broken syntax, a value of the wrong type, a date
 * that cannot be read, a missing key column. The message says where — file, record, line (and column), field — and
 * why, in French; what was delivered before the error stays delivered.
 */
public class HatvpFormatException extends IOException {

	private final String file;
	private final long record;
	private final long line;
	private final long column;
	private final String field;
	private final String reason;

	/**
	 * @param record the record's index from 1 (a publication of the JSON, a data row of a CSV), 0 when the error is
	 *        outside any record
	 * @param line the line from 1, 0 when unknown
	 * @param column the column from 1, 0 when unknown or meaningless (CSV)
	 * @param field the field's path in the record ({@code exercices[2].dateDebut}) or its CSV column, {@code null}
	 *        for the record or the file as a whole
	 */
	public HatvpFormatException(String file, long record, long line, long column, String field, String reason,
			Throwable cause) {
		super(message(file, record, line, column, field, reason), cause);
		this.file = file;
		this.record = record;
		this.line = line;
		this.column = column;
		this.field = field;
		this.reason = reason;
	}

	private static String message(String file, long record, long line, long column, String field, String reason) {
		StringBuilder message = new StringBuilder(file);
		if (record > 0) {
			message.append(", enregistrement ").append(record);
		}
		if (line > 0) {
			message.append(", ligne ").append(line);
		}
		if (column > 0) {
			message.append(", colonne ").append(column);
		}
		if (field != null) {
			message.append(", champ ").append(field);
		}
		return message.append(" : ").append(reason).toString();
	}

	public String file() {
		return file;
	}

	public long record() {
		return record;
	}

	public long line() {
		return line;
	}

	public long column() {
		return column;
	}

	public String field() {
		return field;
	}

	public String reason() {
		return reason;
	}
}
