package fr.ouvert.tableschema;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a CSV (RFC 4180 quoting, {@code \n}, {@code \r\n} or {@code \r} line ends) from a Reader
 * through one fixed buffer: memory does not depend on the file's size. The delimiter is detected on the first
 * record among {@code , ; TAB |} (the most frequent outside quotes; comma when none). A leading byte order mark is
 * skipped. Like Python's csv module, a quote inside an unquoted value is kept as is.
 */
public final class CsvRecordReader {

	static final char[] CANDIDATE_DELIMITERS = {',', ';', '\t', '|'};

	private final Reader in;
	private final char[] buffer = new char[1 << 16];
	private int position;
	private int limit;
	private boolean endOfInput;
	private final char delimiter;
	private final StringBuilder value = new StringBuilder(128);
	private final List<String> record = new ArrayList<>(32);
	private long line = 1;
	private long recordLine;

	public CsvRecordReader(Reader in) throws IOException {
		this.in = in;
		fill();
		if (limit > 0 && buffer[0] == '\uFEFF') {
			position = 1;
		}
		this.delimiter = detectDelimiter();
	}

	char delimiter() {
		return delimiter;
	}

	/** The line (1-based) where the last record returned by {@link #next()} started. */
	long recordLine() {
		return recordLine;
	}

	/** The line being read, for errors raised while reading (an encoding error). */
	long currentLine() {
		return line;
	}

	private boolean fill() throws IOException {
		if (endOfInput) {
			return false;
		}
		int kept = limit - position;
		if (kept > 0 && position > 0) {
			System.arraycopy(buffer, position, buffer, 0, kept);
		}
		position = 0;
		limit = Math.max(kept, 0);
		while (limit < buffer.length) {
			int read = in.read(buffer, limit, buffer.length - limit);
			if (read < 0) {
				endOfInput = true;
				break;
			}
			limit += read;
			if (read > 0 && limit > kept) {
				break;
			}
		}
		return limit > kept;
	}

	private char detectDelimiter() throws IOException {
		while (!endOfInput && limit < buffer.length && indexOfLineEnd() < 0) {
			int read = in.read(buffer, limit, buffer.length - limit);
			if (read < 0) {
				endOfInput = true;
			} else {
				limit += read;
			}
		}
		int[] counts = new int[CANDIDATE_DELIMITERS.length];
		boolean quoted = false;
		for (int i = position; i < limit; i++) {
			char c = buffer[i];
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			} else if (!quoted) {
				for (int d = 0; d < CANDIDATE_DELIMITERS.length; d++) {
					if (c == CANDIDATE_DELIMITERS[d]) {
						counts[d]++;
					}
				}
			}
		}
		int best = 0;
		for (int d = 1; d < counts.length; d++) {
			if (counts[d] > counts[best]) {
				best = d;
			}
		}
		return CANDIDATE_DELIMITERS[best];
	}

	private int indexOfLineEnd() {
		boolean quoted = false;
		for (int i = position; i < limit; i++) {
			char c = buffer[i];
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && (c == '\n' || c == '\r')) {
				return i;
			}
		}
		return -1;
	}

	/** The next record's values, or null at the end of the input. The list is reused by the next call. */
	public List<String> next() throws IOException {
		if (position >= limit && !fill()) {
			return null;
		}
		record.clear();
		recordLine = line;
		while (true) {
			int end = readValue();
			if (end == delimiter) {
				continue;
			}
			return record;
		}
	}

	/** Reads one value into the record; returns the character that ended it: the delimiter, '\n' or -1 (end). */
	private int readValue() throws IOException {
		if (position >= limit && !fill()) {
			record.add("");
			return -1;
		}
		if (buffer[position] == '"') {
			position++;
			return readQuoted();
		}
		int start = position;
		while (true) {
			for (int i = position; i < limit; i++) {
				char c = buffer[i];
				if (c == delimiter || c == '\n' || c == '\r') {
					String text;
					if (value.length() == 0) {
						text = new String(buffer, start, i - start);
					} else {
						value.append(buffer, start, i - start);
						text = value.toString();
						value.setLength(0);
					}
					record.add(text);
					position = i + 1;
					if (c == delimiter) {
						return c;
					}
					endLine(c);
					return '\n';
				}
			}
			value.append(buffer, start, limit - start);
			position = limit;
			if (!fill()) {
				record.add(value.toString());
				value.setLength(0);
				return -1;
			}
			start = position;
		}
	}

	private int readQuoted() throws IOException {
		while (true) {
			if (position >= limit && !fill()) {
				return finishValue(-1);
			}
			int start = position;
			while (position < limit && buffer[position] != '"') {
				char c = buffer[position];
				if (c == '\n' || c == '\r' && !(position + 1 < limit && buffer[position + 1] == '\n')) {
					line++;
				}
				position++;
			}
			value.append(buffer, start, position - start);
			if (position >= limit) {
				continue;
			}
			position++;
			if (position >= limit && !fill()) {
				return finishValue(-1);
			}
			if (buffer[position] == '"') {
				value.append('"');
				position++;
				continue;
			}
			return readAfterQuote();
		}
	}

	/** After the closing quote: text up to the delimiter or line end is kept (Python csv does the same). */
	private int readAfterQuote() throws IOException {
		while (true) {
			if (position >= limit && !fill()) {
				return finishValue(-1);
			}
			char c = buffer[position++];
			if (c == delimiter) {
				return finishValue(c);
			}
			if (c == '\n' || c == '\r') {
				endLine(c);
				return finishValue('\n');
			}
			value.append(c);
		}
	}

	private int finishValue(int end) {
		record.add(value.toString());
		value.setLength(0);
		return end;
	}

	private void endLine(char c) throws IOException {
		line++;
		if (c == '\r') {
			if (position >= limit) {
				fill();
			}
			if (position < limit && buffer[position] == '\n') {
				position++;
			}
		}
	}
}
