package fr.ouvert.integrity.register.domain;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows sent with PostgreSQL's {@code COPY … FROM STDIN} in its text format, on the connection of the current
 * transaction: the register's bulk rows (financial years, activities, actions) go this way, several times faster than
 * batched inserts. Values: {@code null}, strings, numbers, booleans, dates, timestamps and {@code String[]} (a
 * {@code text[]}).
 */
final class CopyRows {

	private CopyRows() {
	}

	/** @param statement e.g. {@code copy integrity_action (activity_id, …) from stdin} */
	static void copy(JdbcTemplate jdbc, String statement, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder(rows.size() * 256);
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					text.append('\t');
				}
				if (row[i] == null) {
					text.append("\\N");
				}
				else {
					escape(text, literal(row[i]));
				}
			}
			text.append('\n');
		}
		jdbc.execute((ConnectionCallback<Long>) connection -> {
			try {
				return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement, new StringReader(text.toString()));
			}
			catch (IOException e) {
				throw new SQLException("COPY failed: " + statement, e);
			}
		});
		rows.clear();
	}

	private static String literal(Object value) {
		if (value instanceof String[] array) {
			StringBuilder literal = new StringBuilder("{");
			for (int i = 0; i < array.length; i++) {
				if (i > 0) {
					literal.append(',');
				}
				literal.append('"').append(array[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
			return literal.append('}').toString();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof Boolean bool) {
			return bool ? "t" : "f";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	private static void escape(StringBuilder text, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}
}
