package fr.ouvert.hatvp;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a delimited table with a header row, as HATVP's exports write them: one separator character, fields
 * optionally between double quotes (a doubled quote inside stands for one), line breaks allowed inside quotes,
 * {@code \n} or {@code \r\n} line ends, a UTF-8 byte order mark skipped. Rows are read one at a time; a row with
 * another number of fields than the header, an unclosed quote or a field above {@link #MAX_FIELD_LENGTH} characters
 * is a {@link HatvpFormatException} that says file, row, line and why. Blank lines are skipped.
 */
public final class CsvTableReader implements Closeable {

	/** Longer fields are refused: a stray quote would otherwise swallow the rest of the file. */
	public static final int MAX_FIELD_LENGTH = 1 << 20;

	/**
	 * One data row.
	 *
	 * @param index the row's rank among the data rows, from 1
	 * @param line the line the row starts on, from 1 (the header is line 1)
	 */
	public record Row(long index, long line, List<String> values) {
	}

	private final Reader in;
	private final String file;
	private final char separator;
	private final List<String> header;
	private final Map<String, Integer> columns = new HashMap<>();
	private final StringBuilder field = new StringBuilder();
	private final char[] buffer = new char[1 << 16];
	private int position;
	private int limit;
	private long line = 1;
	private long index;

	/** Reads the header row; the reader is closed with this. */
	public CsvTableReader(Reader in, String file, char separator) throws IOException {
		this.in = in;
		this.file = file;
		this.separator = separator;
		if (peek() == '\uFEFF') {
			position++;
		}
		List<String> names = fields();
		if (names == null) {
			throw new HatvpFormatException(file, 0, 1, 0, null, "fichier vide, sans ligne d'en-tête", null);
		}
		header = List.copyOf(names);
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i).strip(), i);
		}
	}

	public String file() {
		return file;
	}

	public List<String> header() {
		return header;
	}

	/** The position of a column of the header. */
	public int column(String name) throws HatvpFormatException {
		Integer column = columns.get(name);
		if (column == null) {
			throw new HatvpFormatException(file, 0, 1, 0, name, "colonne absente de l'en-tête", null);
		}
		return column;
	}

	/** The next data row, {@code null} at the end of the file. */
	public Row next() throws IOException {
		long start;
		List<String> values;
		do {
			start = line;
			values = fields();
			if (values == null) {
				return null;
			}
		} while (values.size() == 1 && values.get(0).isEmpty());
		index++;
		if (values.size() != header.size()) {
			throw new HatvpFormatException(file, index, start, 0, null,
					values.size() + " champs au lieu des " + header.size() + " de l'en-tête", null);
		}
		return new Row(index, start, values);
	}

	/** The fields of the next line, {@code null} at the end of the file. */
	private List<String> fields() throws IOException {
		if (peek() < 0) {
			return null;
		}
		long start = line;
		List<String> values = new ArrayList<>(header == null ? 16 : header.size());
		while (true) {
			field.setLength(0);
			int c = peek();
			if (c == '"') {
				position++;
				while (true) {
					c = read();
					if (c < 0) {
						throw new HatvpFormatException(file, index + 1, start, 0, null,
								"guillemet ouvert jamais fermé (champ " + (values.size() + 1) + ")", null);
					}
					if (c == '"') {
						if (peek() == '"') {
							position++;
						} else {
							break;
						}
					}
					append((char) c, start, values.size());
				}
				c = read();
				if (c >= 0 && c != separator && c != '\n' && c != '\r') {
					throw new HatvpFormatException(file, index + 1, line, 0, null,
							"caractère « " + (char) c + " » après le guillemet fermant du champ " + (values.size() + 1),
							null);
				}
			} else {
				while ((c = read()) >= 0 && c != separator && c != '\n' && c != '\r') {
					append((char) c, start, values.size());
				}
			}
			values.add(field.toString());
			if (c == '\r' && peek() == '\n') {
				read();
			}
			if (c != separator) {
				return values;
			}
		}
	}

	private void append(char c, long start, int fieldsBefore) throws HatvpFormatException {
		if (field.length() == MAX_FIELD_LENGTH) {
			throw new HatvpFormatException(file, index + 1, start, 0, null,
					"champ " + (fieldsBefore + 1) + " de plus de " + MAX_FIELD_LENGTH + " caractères", null);
		}
		field.append(c);
	}

	private int peek() throws IOException {
		if (position == limit && !fill()) {
			return -1;
		}
		return buffer[position];
	}

	private int read() throws IOException {
		if (position == limit && !fill()) {
			return -1;
		}
		char c = buffer[position++];
		// \r\n counts once, on its \n
		if (c == '\n' || c == '\r' && peek() != '\n') {
			line++;
		}
		return c;
	}

	private boolean fill() throws IOException {
		int read = in.read(buffer, 0, buffer.length);
		if (read <= 0) {
			return false;
		}
		position = 0;
		limit = read;
		return true;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
