package fr.ouvert.kernel.db;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format (tab-separated, {@code \N} for null),
 * buffered and sent on the connection of the current transaction: how modules bulk-load, several times faster
 * than batched inserts. Values: {@code null}, strings, numbers, booleans, dates, timestamps, and {@code String[]}
 * for a {@code text[]} column.
 */
public final class CopyText {

	private final String statement;
	private final StringBuilder rows = new StringBuilder(1 << 16);
	private int count;
	private boolean first = true;

	/** @param statement e.g. {@code copy procurement_rejection (import_id, record_index) from stdin} */
	public CopyText(String statement) {
		this.statement = statement;
	}

	public CopyText value(Object value) {
		separate();
		if (value == null) {
			rows.append("\\N");
		}
		else {
			escape(literal(value));
		}
		return this;
	}

	/** Appends a whole row. */
	public CopyText row(Object... values) {
		for (Object value : values) {
			value(value);
		}
		endRow();
		return this;
	}

	public void endRow() {
		rows.append('\n');
		first = true;
		count++;
	}

	public int rows() {
		return count;
	}

	/** Sends the buffered rows (if any) on the transaction's connection and empties the buffer. */
	public void flush(DataSource dataSource) {
		if (count == 0) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement, new StringReader(rows.toString()));
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("COPY failed: " + statement, e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		rows.setLength(0);
		count = 0;
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

	private void separate() {
		if (!first) {
			rows.append('\t');
		}
		first = false;
	}

	private void escape(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> rows.append("\\\\");
				case '\t' -> rows.append("\\t");
				case '\n' -> rows.append("\\n");
				case '\r' -> rows.append("\\r");
				case '\0' -> { } // PostgreSQL text cannot hold NUL; the reader reports control characters.
				default -> rows.append(c);
			}
		}
	}
}
