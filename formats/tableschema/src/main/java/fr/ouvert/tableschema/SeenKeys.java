package fr.ouvert.tableschema;

import java.nio.charset.StandardCharsets;

/**
 * The keys already seen in a column (unique) or a primary key, kept as 64-bit hashes with the row where each was
 * first seen: 12 bytes per distinct key in open addressing, whatever the length of the values. Two distinct
 * values may share a hash with a probability of about n²/2⁶⁵ (3·10⁻⁸ for a million distinct keys), in which case
 * a duplicate is reported that is not one.
 */
final class SeenKeys {

	private long[] hashes = new long[1024];
	private long[] rows = new long[1024];
	private int size;

	/** Records the key for this row; returns the row where it was first seen, or -1 if it is new. */
	long firstRowOf(String key, long row) {
		long hash = hash(key);
		int mask = hashes.length - 1;
		int slot = (int) (hash ^ (hash >>> 32)) & mask;
		while (hashes[slot] != 0) {
			if (hashes[slot] == hash) {
				return rows[slot];
			}
			slot = (slot + 1) & mask;
		}
		hashes[slot] = hash;
		rows[slot] = row;
		if (++size * 4 > hashes.length * 3) {
			grow();
		}
		return -1;
	}

	private void grow() {
		long[] oldHashes = hashes;
		long[] oldRows = rows;
		hashes = new long[oldHashes.length * 2];
		rows = new long[oldHashes.length * 2];
		int mask = hashes.length - 1;
		for (int i = 0; i < oldHashes.length; i++) {
			long hash = oldHashes[i];
			if (hash != 0) {
				int slot = (int) (hash ^ (hash >>> 32)) & mask;
				while (hashes[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				hashes[slot] = hash;
				rows[slot] = oldRows[i];
			}
		}
	}

	/** FNV-1a over the UTF-8 bytes, then MurmurHash3's finaliser; never 0 (0 marks an empty slot). */
	static long hash(String key) {
		long h = 0xcbf29ce484222325L;
		for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
			h ^= b & 0xff;
			h *= 0x100000001b3L;
		}
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h == 0 ? 1 : h;
	}
}
