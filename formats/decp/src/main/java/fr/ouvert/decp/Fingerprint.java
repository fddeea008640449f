package fr.ouvert.decp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A 128-bit hash of a record as published, canonical: the order of an object's fields does not count, the order of
 * a list does, and a number differs from the same digits in a string. Two records with the same content have the
 * same fingerprint, so exact duplicates are found without keeping records in memory. Not cryptographic: two
 * 64-bit multiply-rotate streams finished by MurmurHash3's mixer, ample to tell records apart within a source.
 */
final class Fingerprint {

	private long h1 = 0x9E3779B97F4A7C15L;
	private long h2 = 0xC2B2AE3D27D4EB4FL;

	private Fingerprint() {
	}

	static String of(Object value) {
		Fingerprint fingerprint = new Fingerprint();
		fingerprint.add(value);
		return fingerprint.hex();
	}

	@SuppressWarnings("unchecked")
	private void add(Object value) {
		if (value == null) {
			mix('z');
		} else if (value instanceof String s) {
			mix('s');
			mixText(s);
		} else if (value instanceof RawRecord.Number n) {
			mix('n');
			mixText(n.text());
		} else if (value instanceof Boolean b) {
			mix(b ? 't' : 'f');
		} else if (value instanceof List<?> list) {
			mix('[');
			for (Object item : list) {
				add(item);
			}
			mix(']');
		} else {
			Map<String, Object> map = (Map<String, Object>) value;
			String[] keys = map.keySet().toArray(new String[0]);
			Arrays.sort(keys);
			mix('{');
			for (String key : keys) {
				mixText(key);
				add(map.get(key));
			}
			mix('}');
		}
	}

	/** The length, then the characters four to a mix (a char is 16 bits): hashing each alone was a hot spot. */
	private void mixText(String text) {
		int length = text.length();
		mix(length);
		int i = 0;
		for (; i + 4 <= length; i += 4) {
			mix((long) text.charAt(i) << 48 | (long) text.charAt(i + 1) << 32 | (long) text.charAt(i + 2) << 16
					| text.charAt(i + 3));
		}
		if (i < length) {
			long rest = 0;
			for (; i < length; i++) {
				rest = rest << 16 | text.charAt(i);
			}
			mix(rest);
		}
	}

	private void mix(long v) {
		h1 = Long.rotateLeft((h1 ^ v) * 0x87C37B91114253D5L, 31);
		h2 = Long.rotateLeft((h2 + v) * 0x4CF5AD432745937FL, 29) ^ h1;
	}

	private static long finish(long h) {
		h ^= h >>> 33;
		h *= 0xFF51AFD7ED558CCDL;
		h ^= h >>> 33;
		h *= 0xC4CEB9FE1A85EC53L;
		h ^= h >>> 33;
		return h;
	}

	private String hex() {
		long a = finish(h1 ^ h2 * 31);
		long b = finish(h2 + h1);
		char[] hex = new char[32];
		for (int i = 0; i < 16; i++) {
			hex[15 - i] = Character.forDigit((int) (a >>> (4 * i)) & 0xF, 16);
			hex[31 - i] = Character.forDigit((int) (b >>> (4 * i)) & 0xF, 16);
		}
		return new String(hex);
	}
}
