package fr.ouvert.decp;

import java.io.IOException;
import java.io.InputStream;

/**
 * Turns any bytes into valid UTF-8, in one pass and constant memory, so that the parsers' fast UTF-8 paths can
 * read every file. Valid UTF-8 passes through unchanged. A byte that does not start or continue a valid UTF-8
 * sequence (an ISO-8859-1 file, the usual wrong encoding of DECP files) becomes the marker character
 * {@code MARKER + byte}; in XML mode, so does an ASCII control character XML 1.0 forbids. Markers are private-use
 * characters that parsers pass through; {@link RecordMapper} turns them back into the ISO-8859-1 character (or
 * drops the control character) and reports it on the field where it was met. In ISO-8859-1 mode (an XML file that
 * declares it) every byte is one character, re-encoded in UTF-8.
 */
final class RepairingUtf8Stream extends InputStream {

	/** The first of the 256 private-use marker characters: {@code MARKER + b} stands for the byte {@code b}. */
	static final char MARKER = '\uF700';

	private final InputStream in;
	private final boolean latin1;
	private final boolean markControlCharacters;
	private final byte[] buffer = new byte[1 << 16];
	private int position;
	private int limit;
	private boolean endOfInput;
	private final byte[] pending = new byte[3];
	private int pendingStart;
	private int pendingEnd;

	RepairingUtf8Stream(InputStream in, boolean latin1, boolean markControlCharacters) {
		this.in = in;
		this.latin1 = latin1;
		this.markControlCharacters = markControlCharacters;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] out, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		int count = 0;
		while (count < length && pendingStart < pendingEnd) {
			out[offset + count++] = pending[pendingStart++];
		}
		while (count < length) {
			if (limit - position < 4 && !endOfInput) {
				fill();
			}
			if (position >= limit) {
				break;
			}
			byte b = buffer[position];
			if (b >= 0x20 || b >= 0 && (!markControlCharacters || b == '\t' || b == '\n' || b == '\r')) {
				out[offset + count++] = b;
				position++;
				continue;
			}
			int unsigned = b & 0xFF;
			int sequence = latin1 || b >= 0 ? 0 : validSequence(unsigned);
			if (sequence > 0) {
				if (count + sequence > length && count > 0) {
					break;
				}
				int copied = Math.min(sequence, length - count);
				System.arraycopy(buffer, position, out, offset + count, copied);
				count += copied;
				pendingStart = 0;
				pendingEnd = 0;
				for (int i = copied; i < sequence; i++) {
					pending[pendingEnd++] = buffer[position + i];
				}
				position += sequence;
				continue;
			}
			position++;
			int codePoint = latin1 && b < 0 ? unsigned : MARKER + unsigned;
			count = emit(codePoint, out, offset, count, length);
		}
		return count == 0 ? -1 : count;
	}

	/** Writes the UTF-8 encoding of a BMP code point (2 or 3 bytes), keeping what does not fit for later. */
	private int emit(int codePoint, byte[] out, int offset, int count, int length) {
		pendingStart = 0;
		pendingEnd = 0;
		if (codePoint < 0x800) {
			pending[pendingEnd++] = (byte) (0xC0 | codePoint >> 6);
		} else {
			pending[pendingEnd++] = (byte) (0xE0 | codePoint >> 12);
			pending[pendingEnd++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
		}
		pending[pendingEnd++] = (byte) (0x80 | codePoint & 0x3F);
		while (count < length && pendingStart < pendingEnd) {
			out[offset + count++] = pending[pendingStart++];
		}
		return count;
	}

	/** The length of the valid UTF-8 sequence at {@link #position}, or 0 when it is not valid UTF-8. */
	private int validSequence(int lead) {
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
			return 0;
		}
		if (position + continuation >= limit) {
			return 0;
		}
		for (int i = 1; i <= continuation; i++) {
			int next = buffer[position + i] & 0xFF;
			if ((next & 0xC0) != 0x80) {
				return 0;
			}
			codePoint = codePoint << 6 | next & 0x3F;
		}
		if (codePoint < minimum || codePoint > 0x10FFFF || codePoint >= 0xD800 && codePoint <= 0xDFFF) {
			return 0;
		}
		return continuation + 1;
	}

	private void fill() throws IOException {
		int remaining = limit - position;
		System.arraycopy(buffer, position, buffer, 0, remaining);
		position = 0;
		limit = remaining;
		while (limit < 4) {
			int read = in.read(buffer, limit, buffer.length - limit);
			if (read < 0) {
				endOfInput = true;
				return;
			}
			limit += read;
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
