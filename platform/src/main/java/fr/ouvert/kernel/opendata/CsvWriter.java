package fr.ouvert.kernel.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes RFC 4180 CSV: comma separator, CRLF line ends, fields quoted when they hold a comma, a
 * quote, a CR or a LF, quotes doubled. Null is written as an empty field; decimals in plain
 * notation ({@code 0.0000001}, never {@code 1E-7}).
 */
public final class CsvWriter {

	private final Writer out;

	public CsvWriter(Writer out) {
		this.out = out;
	}

	public void writeRow(List<?> values) {
		try {
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				Object value = values.get(i);
				if (value instanceof BigDecimal number) {
					out.write(number.toPlainString());
				}
				else if (value != null) {
					writeField(value.toString());
				}
			}
			out.write("\r\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void writeField(String field) throws IOException {
		boolean quote = false;
		for (int i = 0; i < field.length() && !quote; i++) {
			char c = field.charAt(i);
			quote = c == ',' || c == '"' || c == '\r' || c == '\n';
		}
		if (!quote) {
			out.write(field);
			return;
		}
		out.write('"');
		out.write(field.replace("\"", "\"\""));
		out.write('"');
	}
}
