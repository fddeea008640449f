package fr.ouvert.decp;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes UTF-8 without ever failing, in one pass and constant memory. A byte that does not start or continue a
 * valid UTF-8 sequence (an ISO-8859-1 file, the usual wrong encoding of DECP files) becomes the marker character
 * {@code MARKER + byte}; in XML mode, so does an ASCII control character XML 1.0 forbids. The markers are
 * private-use characters that parsers pass through; {@link RecordMapper} turns them back into the ISO-8859-1
 * character (or drops the control character) and reports it on the field where it was met. In ISO-8859-1 mode (an
 * XML file that declares it) every byte is one character.
 */
final class DecodingReader extends Reader {

	private final InputStream in;
	private final boolean latin1;
	private final boolean markControlCharacters;
	private final byte[] buffer = new byte[1 << 16];
	private int position;
	private int limit;
	private boolean endOfInput;
	private int pendingLowSurrogate = -1;

	/** The first of the 256 private-use marker characters: {@code MARKER + b} stands for the byte {@code b}. */
	static final char MARKER = '\uF700';

	DecodingReader(InputStream in, boolean latin1, boolean markControlCharacters) {
		this.in = in;
		this.latin1 = latin1;
		this.markControlCharacters = markControlCharacters;
	}

	@Override
	public int read(char[] chars, int offset, int length) throws IOException {
		int count = 0;
		if (length == 0) {
			return 0;
		}
		if (pendingLowSurrogate >= 0) {
			chars[offset + count++] = (char) pendingLowSurrogate;
			pendingLowSurrogate = -1;
		}
		while (count < length) {
			if (limit - position < 4 && !endOfInput) {
				fill();
			}
			if (position >= limit) {
				break;
			}
			int b = buffer[position] & 0xFF;
			if (b < 0x80 || latin1) {
				position++;
				boolean forbidden = b < 0x20 && markControlCharacters && b != '\t' && b != '\n' && b != '\r';
				chars[offset + count++] = forbidden ? (char) (MARKER + b) : (char) b;
				continue;
			}
			int codePoint = decodeSequence(b);
			if (codePoint < 0) {
				position++;
				chars[offset + count++] = (char) (MARKER + b);
			} else if (codePoint >= 0x10000) {
				chars[offset + count++] = Character.highSurrogate(codePoint);
				char low = Character.lowSurrogate(codePoint);
				if (count < length) {
					chars[offset + count++] = low;
				} else {
					pendingLowSurrogate = low;
				}
			} else {
				chars[offset + count++] = (char) codePoint;
			}
		}
		return count == 0 ? -1 : count;
	}

	/** The code point of the UTF-8 sequence at {@link #position} (consumed), or -1 when it is not valid UTF-8. */
	private int decodeSequence(int lead) {
		int continuation;
		int codePoint;
		int minimum;
		if (lead >= 0xC2 && lead <= 0xDF) {
			continuation = 1;
			codePoint = lead & 0x1F;
			minimum = 0x80;
		} else if (lead >= 0xE0 && lead <= 0xEF) {
			continuation = 2;
			codePoint = lead & 0x0F;
			minimum = 0x800;
		} else if (lead >= 0xF0 && lead <= 0xF4) {
			continuation = 3;
			codePoint = lead & 0x07;
			minimum = 0x10000;
		} else {
			return -1;
		}
		if (position + continuation >= limit) {
			return -1;
		}
		for (int i = 1; i <= continuation; i++) {
			int next = buffer[position + i] & 0xFF;
			if ((next & 0xC0) != 0x80) {
				return -1;
			}
			codePoint = (codePoint << 6) | (next & 0x3F);
		}
		if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
			return -1;
		}
		position += continuation + 1;
		return codePoint;
	}

	private void fill() throws IOException {
		int remaining = limit - position;
		System.arraycopy(buffer, position, buffer, 0, remaining);
		position = 0;
		limit = remaining;
		while (limit < buffer.length) {
			int read = in.read(buffer, limit, buffer.length - limit);
			if (read < 0) {
				endOfInput = true;
				return;
			}
			limit += read;
			if (limit >= 4) {
				return;
			}
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
