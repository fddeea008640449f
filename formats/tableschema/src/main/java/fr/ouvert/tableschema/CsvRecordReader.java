package fr.ouvert.tableschema;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams the records of a CSV (RFC 4180 quoting, {@code \n}, {@code \r\n} or {@code \r} line ends) through one
 * fixed buffer: memory does not depend on the file's size. The delimiter is detected on the first record among
 * {@code , ; TAB |} (the most frequent outside quotes; comma when none). A leading byte order mark is skipped.
 * Like Python's csv module, a quote inside an unquoted value is kept as is.
 *
 * <p>The records are cut in the UTF-8 bytes (the delimiters, quotes and line ends are ASCII, and UTF-8 never
 * uses an ASCII byte inside a multi-byte character): a value of ASCII bytes becomes its String by a copy, and only
 * the values with other bytes are checked and decoded as UTF-8. Invalid UTF-8 is a
 * {@link MalformedInputException} when the value holding it is read. Characters from a {@link Reader} are encoded
 * to UTF-8 first.
 */
public final class CsvRecordReader {

	static final char[] CANDIDATE_DELIMITERS = {',', ';', '\t', '|'};

	private static final byte QUOTE = '"';
	private static final byte LF = '\n';
	private static final byte CR = '\r';
	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);
	private static final long LOW_BITS = 0x0101010101010101L;
	private static final long HIGH_BITS = 0x8080808080808080L;
	private static final long LINE_FEEDS = LOW_BITS * LF;
	private static final long RETURNS = LOW_BITS * CR;

	private final InputStream in;
	private final byte[] buffer = new byte[1 << 16];
	private int position;
	private int limit;
	private boolean endOfInput;
	private final byte delimiter;
	/** The delimiter in each byte of a long. */
	private final long delimiters;
	/** Set by {@link #indexOfValueEnd}: negative when a byte of the value scanned is not ASCII. */
	private int scannedBits;
	/** A value that spans two fills of the buffer, or a quoted one: its bytes so far. */
	private byte[] value = new byte[128];
	private int valueLength;
	/** The OR of the bytes of {@link #value}: negative when one of them is not ASCII. */
	private int valueBits;
	private final List<String> record = new ArrayList<>(32);
	private final RepeatedValues repeated = new RepeatedValues();
	private long line = 1;
	private long recordLine;

	/** Reads characters (encoded to UTF-8 for the parser). */
	public CsvRecordReader(Reader in) throws IOException {
		this(new Utf8Bytes(in));
	}

	/** Reads UTF-8 bytes, with or without a byte order mark. */
	CsvRecordReader(InputStream utf8) throws IOException {
		this.in = utf8;
		fill();
		while (limit < 3 && !endOfInput) {
			int read = in.read(buffer, limit, buffer.length - limit);
			if (read < 0) {
				endOfInput = true;
			} else {
				limit += read;
			}
		}
		if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
			position = 3;
		}
		this.delimiter = (byte) detectDelimiter();
		this.delimiters = LOW_BITS * delimiter;
	}

	char delimiter() {
		return (char) delimiter;
	}

	/** The line (1-based) where the last record returned by {@link #next()} started. */
	long recordLine() {
		return recordLine;
	}

	/** The line being read, for errors raised while reading (an encoding error). */
	long currentLine() {
		return line;
	}

	/** Keeps the unread bytes and reads more after them; false when nothing more could be read. */
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
			byte c = buffer[i];
			if (c == QUOTE) {
				quoted = !quoted;
			} else if (!quoted && (c == LF || c == CR)) {
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
			byte c = buffer[i];
			if (c == QUOTE) {
				quoted = !quoted;
			} else if (!quoted && (c == LF || c == CR)) {
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

	/** Reads one value into the record; returns the byte that ended it: the delimiter, '\n' or -1 (end). */
	private int readValue() throws IOException {
		if (position >= limit && !fill()) {
			record.add("");
			return -1;
		}
		if (buffer[position] == QUOTE) {
			position++;
			return readQuoted();
		}
		byte[] bytes = buffer;
		int start = position;
		while (true) {
			int i = indexOfValueEnd(start);
			if (i >= 0) {
				byte c = bytes[i];
				if (valueLength == 0) {
					record.add(text(bytes, start, i - start, scannedBits));
				} else {
					append(bytes, start, i - start, scannedBits);
					record.add(takeValue());
				}
				position = i + 1;
				if (c == delimiter) {
					return c;
				}
				endLine(c);
				return '\n';
			}
			append(bytes, start, limit - start, scannedBits);
			position = limit;
			if (!fill()) {
				record.add(takeValue());
				return -1;
			}
			start = position;
		}
	}

	/**
	 * The index of the first delimiter or line end from {@code from} in the buffer, or -1; {@link #scannedBits} is
	 * then negative when a byte before it is not ASCII. Eight bytes at a time: a byte equal to {@code b} is a zero
	 * byte of {@code word ^ b…b}, and the lowest zero byte of a word is found exactly by
	 * {@code (v - 0x01…01) & ~v & 0x80…80} (the borrows that make the other flags wrong only go up).
	 */
	private int indexOfValueEnd(int from) {
		byte[] bytes = buffer;
		int i = from;
		long high = 0;
		for (; i + 8 <= limit; i += 8) {
			long word = (long) LONGS.get(bytes, i);
			long found = zeroBytes(word ^ delimiters) | zeroBytes(word ^ LINE_FEEDS) | zeroBytes(word ^ RETURNS);
			if (found != 0) {
				int shift = Long.numberOfTrailingZeros(found) & ~7;
				high |= word & ((1L << shift) - 1) & HIGH_BITS;
				scannedBits = high == 0 ? 0 : -1;
				return i + (shift >>> 3);
			}
			high |= word & HIGH_BITS;
		}
		int bits = high == 0 ? 0 : -1;
		for (; i < limit; i++) {
			byte c = bytes[i];
			if (c == delimiter || c == LF || c == CR) {
				scannedBits = bits;
				return i;
			}
			bits |= c;
		}
		scannedBits = bits;
		return -1;
	}

	private static long zeroBytes(long v) {
		return (v - LOW_BITS) & ~v & HIGH_BITS;
	}

	private int readQuoted() throws IOException {
		while (true) {
			if (position >= limit && !fill()) {
				return finishValue(-1);
			}
			int start = position;
			int bits = 0;
			while (position < limit && buffer[position] != QUOTE) {
				byte c = buffer[position];
				if (c == LF || c == CR && !(position + 1 < limit && buffer[position + 1] == LF)) {
					line++;
				}
				bits |= c;
				position++;
			}
			append(buffer, start, position - start, bits);
			if (position >= limit) {
				continue;
			}
			position++;
			if (position >= limit && !fill()) {
				return finishValue(-1);
			}
			if (buffer[position] == QUOTE) {
				append(buffer, position, 1, QUOTE);
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
			byte c = buffer[position++];
			if (c == delimiter) {
				return finishValue(c);
			}
			if (c == LF || c == CR) {
				endLine(c);
				return finishValue('\n');
			}
			append(buffer, position - 1, 1, c);
		}
	}

	private int finishValue(int end) throws MalformedInputException {
		record.add(takeValue());
		return end;
	}

	private void append(byte[] bytes, int from, int length, int bits) {
		if (valueLength + length > value.length) {
			value = Arrays.copyOf(value, Math.max(value.length * 2, valueLength + length));
		}
		System.arraycopy(bytes, from, value, valueLength, length);
		valueLength += length;
		valueBits |= bits;
	}

	private String takeValue() throws MalformedInputException {
		String text = text(value, 0, valueLength, valueBits);
		valueLength = 0;
		valueBits = 0;
		return text;
	}

	/**
	 * The String of the value's UTF-8 bytes, the one already made when the value is a recent one of its column;
	 * {@code bits} is the OR of the bytes (negative when one is not ASCII).
	 */
	private String text(byte[] bytes, int from, int length, int bits) throws MalformedInputException {
		if (length == 0) {
			return "";
		}
		int column = record.size();
		String known = repeated.find(column, bytes, from, length);
		if (known != null) {
			return known;
		}
		String text = decode(bytes, from, length, bits);
		repeated.keep(column, bytes, from, length, text);
		return text;
	}

	/**
	 * The JDK's decoding replaces each malformed sequence by U+FFFD: the bytes are only checked when the text has
	 * one.
	 */
	private static String decode(byte[] bytes, int from, int length, int bits) throws MalformedInputException {
		if (bits >= 0) {
			return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
		}
		String text = new String(bytes, from, length, StandardCharsets.UTF_8);
		if (text.indexOf('\uFFFD') >= 0) {
			int malformed = malformedLength(bytes, from, from + length);
			if (malformed > 0) {
				throw new MalformedInputException(malformed);
			}
		}
		return text;
	}

	/**
	 * 0 when the bytes are well-formed UTF-8 (Unicode table 3-7: no overlong form, no surrogate, nothing above
	 * U+10FFFF, no truncated character), else the length of the first malformed sequence.
	 */
	static int malformedLength(byte[] bytes, int from, int to) {
		int i = from;
		while (i < to) {
			int b = bytes[i] & 0xFF;
			if (b < 0x80) {
				i++;
				continue;
			}
			int length;
			int low = 0x80;
			int high = 0xBF;
			if (b >= 0xC2 && b <= 0xDF) {
				length = 2;
			} else if (b >= 0xE0 && b <= 0xEF) {
				length = 3;
				low = b == 0xE0 ? 0xA0 : 0x80;
				high = b == 0xED ? 0x9F : 0xBF;
			} else if (b >= 0xF0 && b <= 0xF4) {
				length = 4;
				low = b == 0xF0 ? 0x90 : 0x80;
				high = b == 0xF4 ? 0x8F : 0xBF;
			} else {
				return 1;
			}
			for (int k = 1; k < length; k++) {
				if (i + k >= to) {
					return k;
				}
				int next = bytes[i + k] & 0xFF;
				if (k == 1 ? next < low || next > high : next < 0x80 || next > 0xBF) {
					return k;
				}
			}
			i += length;
		}
		return 0;
	}

	private void endLine(byte c) throws IOException {
		line++;
		if (c == CR) {
			if (position >= limit) {
				fill();
			}
			if (position < limit && buffer[position] == LF) {
				position++;
			}
		}
	}

	/**
	 * The Strings of the values that repeat in each column (categories, names, codes of a few bodies…), in a small
	 * direct-mapped table per column: a value met again costs one comparison of its bytes instead of a new
	 * String, and the checks get a String they have already seen (in their caches, its hash computed). A column
	 * whose values seldom repeat (fewer than one in four of a window) is left alone for a while, then tried again.
	 * Bounded: values of at most 64 bytes, 64 of them for each of the first 64 columns.
	 */
	static final class RepeatedValues {
		private static final int SLOTS = 64;
		private static final int LONGEST = 64;
		private static final int COLUMNS = 64;
		private static final int WINDOW = 4096;
		private static final int PAUSE = 65_536;

		private byte[][][] bytes = new byte[0][][];
		private String[][] strings = new String[0][];
		private int[] lookups = new int[0];
		private int[] hits = new int[0];
		private int[] paused = new int[0];
		/** The slot of the last value not found, where {@link #keep} puts it; -1 when it is not to be kept. */
		private int slot = -1;

		/** The String kept for these bytes in this column, or null. */
		String find(int column, byte[] source, int from, int length) {
			slot = -1;
			if (length > LONGEST || column >= COLUMNS) {
				return null;
			}
			if (column >= lookups.length) {
				grow(column + 1);
			}
			if (paused[column] > 0) {
				paused[column]--;
				return null;
			}
			if (++lookups[column] == WINDOW) {
				if (hits[column] < WINDOW / 4) {
					paused[column] = PAUSE;
				}
				lookups[column] = 0;
				hits[column] = 0;
			}
			int index = (length * 31 + source[from] * 17 + source[from + length / 2] * 7 + source[from + length - 1])
					& (SLOTS - 1);
			byte[] known = bytes[column][index];
			if (known != null && known.length == length
					&& Arrays.equals(known, 0, length, source, from, from + length)) {
				hits[column]++;
				return strings[column][index];
			}
			slot = index;
			return null;
		}

		/** Keeps the String of the value that {@link #find} did not find, in the slot it looked at. */
		void keep(int column, byte[] source, int from, int length, String text) {
			if (slot < 0) {
				return;
			}
			byte[] known = bytes[column][slot];
			if (known == null || known.length != length) {
				known = new byte[length];
				bytes[column][slot] = known;
			}
			System.arraycopy(source, from, known, 0, length);
			strings[column][slot] = text;
		}

		private void grow(int columns) {
			int before = lookups.length;
			bytes = Arrays.copyOf(bytes, columns);
			strings = Arrays.copyOf(strings, columns);
			lookups = Arrays.copyOf(lookups, columns);
			hits = Arrays.copyOf(hits, columns);
			paused = Arrays.copyOf(paused, columns);
			for (int c = before; c < columns; c++) {
				bytes[c] = new byte[SLOTS][];
				strings[c] = new String[SLOTS];
			}
		}
	}

	/** The characters of a Reader as UTF-8 bytes (a lone surrogate becomes {@code ?}, as in String.getBytes). */
	private static final class Utf8Bytes extends InputStream {
		private final Reader reader;
		private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
				.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
		private final CharBuffer chars = CharBuffer.allocate(8192);
		/** Room for the characters read at most (3 bytes per char; 4 for 2 chars of a surrogate pair). */
		private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192 + 16).flip();
		private boolean endOfChars;
		private boolean flushed;

		Utf8Bytes(Reader reader) {
			this.reader = reader;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			while (!bytes.hasRemaining()) {
				if (flushed) {
					return -1;
				}
				bytes.clear();
				if (!endOfChars && reader.read(chars) < 0) {
					endOfChars = true;
				}
				chars.flip();
				encoder.encode(chars, bytes, endOfChars);
				chars.compact();
				if (endOfChars) {
					encoder.flush(bytes);
					flushed = true;
				}
				bytes.flip();
			}
			int count = Math.min(length, bytes.remaining());
			bytes.get(target, offset, count);
			return count;
		}
	}
}
