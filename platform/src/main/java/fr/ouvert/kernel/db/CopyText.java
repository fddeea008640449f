package fr.ouvert.kernel.db;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format (tab-separated, {@code \N} for null),
 * buffered as UTF-8 bytes and sent on the connection of the current transaction: how modules bulk-load, several
 * times faster than batched inserts. Values: {@code null}, strings, numbers, booleans, dates, timestamps, and
 * {@code String[]} for a {@code text[]} column. {@link #flush} sends at once; a {@link CopyPipeline} sends from a
 * thread of its own while the caller prepares the next rows.
 */
public final class CopyText {

	private static final byte[] NULL = { '\\', 'N' };

	private final String statement;
	private byte[] bytes = new byte[1 << 16];
	private int length;
	private int count;
	private boolean first = true;

	/** @param statement e.g. {@code copy procurement_rejection (import_id, record_index) from stdin} */
	public CopyText(String statement) {
		this.statement = statement;
	}

	public CopyText value(Object value) {
		if (value == null) {
			separate();
			append(NULL);
			return this;
		}
		if (value instanceof String text) {
			return value(text);
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short) {
			return value(((Number) value).longValue());
		}
		if (value instanceof LocalDate date) {
			return value(date);
		}
		separate();
		escape(literal(value));
		return this;
	}

	public CopyText value(String value) {
		separate();
		if (value == null) {
			append(NULL);
		}
		else {
			escape(value);
		}
		return this;
	}

	public CopyText value(long value) {
		separate();
		if (value == Long.MIN_VALUE) {
			escape(Long.toString(value));
			return this;
		}
		ensure(20);
		if (value < 0) {
			bytes[length++] = '-';
			value = -value;
		}
		int digits = 1;
		for (long rest = value / 10; rest > 0; rest /= 10) {
			digits++;
		}
		for (int i = length + digits - 1; i >= length; i--) {
			bytes[i] = (byte) ('0' + value % 10);
			value /= 10;
		}
		length += digits;
		return this;
	}

	public CopyText value(LocalDate value) {
		separate();
		if (value == null) {
			append(NULL);
		}
		else if (value.getYear() < 1000 || value.getYear() > 9999) {
			escape(value.toString());
		}
		else {
			ensure(10);
			digits(value.getYear(), 4);
			bytes[length++] = '-';
			digits(value.getMonthValue(), 2);
			bytes[length++] = '-';
			digits(value.getDayOfMonth(), 2);
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
		ensure(1);
		bytes[length++] = '\n';
		first = true;
		count++;
	}

	public int rows() {
		return count;
	}

	/** Sends the buffered rows (if any) on the transaction's connection and empties the buffer. */
	public void flush(DataSource dataSource) {
		Batch batch = take();
		if (batch == null) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			batch.send(connection.unwrap(PGConnection.class));
		}
		catch (SQLException e) {
			throw batch.failure(e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** The buffered rows, handed over to be sent; the buffer starts empty again. {@code null} when there are none. */
	Batch take() {
		if (count == 0) {
			return null;
		}
		Batch batch = new Batch(statement, Arrays.copyOf(bytes, length));
		length = 0;
		count = 0;
		return batch;
	}

	/** Rows taken from a buffer, ready to be sent by one COPY. */
	record Batch(String statement, byte[] rows) {

		void send(PGConnection connection) throws SQLException {
			CopyIn copy = connection.getCopyAPI().copyIn(statement);
			try {
				copy.writeToCopy(rows, 0, rows.length);
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}

		IllegalStateException failure(SQLException cause) {
			return new IllegalStateException("COPY failed: " + statement, cause);
		}
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
			ensure(1);
			bytes[length++] = '\t';
		}
		first = false;
	}

	private void digits(int value, int width) {
		for (int i = length + width - 1; i >= length; i--) {
			bytes[i] = (byte) ('0' + value % 10);
			value /= 10;
		}
		length += width;
	}

	/** Appends the value in UTF-8 with COPY's escapes, in one pass (most values are plain ASCII). */
	private void escape(String value) {
		int n = value.length();
		// at most 3 bytes a char: a two-byte escape, 3 bytes of UTF-8, or a surrogate pair's 4 bytes for 2 chars
		ensure(3 * n);
		byte[] out = bytes;
		int at = length;
		for (int i = 0; i < n; i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				switch (c) {
					case '\\' -> {
						out[at++] = '\\';
						out[at++] = '\\';
					}
					case '\t' -> {
						out[at++] = '\\';
						out[at++] = 't';
					}
					case '\n' -> {
						out[at++] = '\\';
						out[at++] = 'n';
					}
					case '\r' -> {
						out[at++] = '\\';
						out[at++] = 'r';
					}
					case '\0' -> { } // PostgreSQL text cannot hold NUL; the reader reports control characters.
					default -> out[at++] = (byte) c;
				}
			}
			else if (c < 0x800) {
				out[at++] = (byte) (0xC0 | c >> 6);
				out[at++] = (byte) (0x80 | c & 0x3F);
			}
			else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
				int point = Character.toCodePoint(c, value.charAt(++i));
				out[at++] = (byte) (0xF0 | point >> 18);
				out[at++] = (byte) (0x80 | point >> 12 & 0x3F);
				out[at++] = (byte) (0x80 | point >> 6 & 0x3F);
				out[at++] = (byte) (0x80 | point & 0x3F);
			}
			else if (Character.isSurrogate(c)) {
				out[at++] = '?'; // an unpaired surrogate, as String.getBytes(UTF_8) writes it
			}
			else {
				out[at++] = (byte) (0xE0 | c >> 12);
				out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
				out[at++] = (byte) (0x80 | c & 0x3F);
			}
		}
		length = at;
	}

	private void append(byte[] value) {
		ensure(value.length);
		System.arraycopy(value, 0, bytes, length, value.length);
		length += value.length;
	}

	private void ensure(int more) {
		if (length + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
		}
	}
}
