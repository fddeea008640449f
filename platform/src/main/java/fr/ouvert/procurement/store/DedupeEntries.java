package fr.ouvert.procurement.store;

import java.util.Map;

/**
 * The entries of the {@link DedupeIndex} by key hash, in primitive arrays (open addressing, linear probing): the
 * index holds every stored contract (1.3 million for the national volume), and as a {@code HashMap<Long, Entry>}
 * its boxed keys and entries were most of the import's heap and of the garbage collector's work.
 */
final class DedupeEntries {

	private static final int INITIAL_CAPACITY = 1 << 12;

	/** The slots: a contract id of 0 marks a free slot (ids come from a sequence starting at 1). */
	private long[] hashes = new long[INITIAL_CAPACITY];
	private long[] ids = new long[INITIAL_CAPACITY];
	private int[] checks = new int[INITIAL_CAPACITY];
	private int[] priorities = new int[INITIAL_CAPACITY];
	private int size;

	/** The entry of this key hash, or null. */
	DedupeIndex.Entry get(long hash) {
		int mask = ids.length - 1;
		for (int slot = slot(hash, mask); ids[slot] != 0; slot = (slot + 1) & mask) {
			if (hashes[slot] == hash) {
				return new DedupeIndex.Entry(ids[slot], checks[slot], priorities[slot]);
			}
		}
		return null;
	}

	/** Adds or replaces the entry of this key hash. */
	void put(long hash, DedupeIndex.Entry entry) {
		if (entry.id() <= 0) {
			throw new IllegalArgumentException("A contract id is positive: " + entry.id());
		}
		if ((size + 1) * 4L > ids.length * 3L) {
			grow();
		}
		int mask = ids.length - 1;
		int slot = slot(hash, mask);
		while (ids[slot] != 0 && hashes[slot] != hash) {
			slot = (slot + 1) & mask;
		}
		if (ids[slot] == 0) {
			size++;
		}
		hashes[slot] = hash;
		ids[slot] = entry.id();
		checks[slot] = entry.check();
		priorities[slot] = entry.priority();
	}

	void putAll(Map<Long, DedupeIndex.Entry> entries) {
		entries.forEach(this::put);
	}

	private void grow() {
		long[] oldHashes = hashes;
		long[] oldIds = ids;
		int[] oldChecks = checks;
		int[] oldPriorities = priorities;
		int capacity = oldIds.length * 2;
		hashes = new long[capacity];
		ids = new long[capacity];
		checks = new int[capacity];
		priorities = new int[capacity];
		size = 0;
		for (int i = 0; i < oldIds.length; i++) {
			if (oldIds[i] != 0) {
				put(oldHashes[i], new DedupeIndex.Entry(oldIds[i], oldChecks[i], oldPriorities[i]));
			}
		}
	}

	/** The first slot to probe: the hash's bits mixed again (MurmurHash3's finaliser), as keys may share low bits. */
	private static int slot(long hash, int mask) {
		long h = hash;
		h ^= h >>> 33;
		h *= 0xFF51AFD7ED558CCDL;
		h ^= h >>> 33;
		return (int) h & mask;
	}
}
