package fr.ouvert.hatvp;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a delimited table as HATVP's exports do: one separator character, {@code \n} line ends, a field between
 * double quotes only when it holds the separator, a quote or a line break (quotes doubled inside); {@code null} is
 * an empty field. Write errors are {@link UncheckedIOException}s.
 */
public final class CsvTableWriter implements Closeable, Flushable {

	private final Writer out;
	private final char separator;
	private final int columns;

	/** Writes the header row at once. */
	public CsvTableWriter(Writer out, char separator, List<String> header) {
		this.out = out;
		this.separator = separator;
		this.columns = header.size();
		row(header);
	}

	/** One row, with as many values as the header has columns. */
	public void row(List<?> values) {
		if (values.size() != columns) {
			throw new IllegalArgumentException(values.size() + " valeurs pour " + columns + " colonnes");
		}
		try {
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					out.write(separator);
				}
				Object value = values.get(i);
				if (value != null) {
					field(value.toString());
				}
			}
			out.write('\n');
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void field(String value) throws IOException {
		boolean quote = false;
		for (int i = 0; i < value.length() && !quote; i++) {
			char c = value.charAt(i);
			quote = c == separator || c == '"' || c == '\n' || c == '\r';
		}
		if (!quote) {
			out.write(value);
			return;
		}
		out.write('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				out.write('"');
			}
			out.write(c);
		}
		out.write('"');
	}

	@Override
	public void flush() throws IOException {
		out.flush();
	}

	@Override
	public void close() throws IOException {
		out.close();
	}
}
