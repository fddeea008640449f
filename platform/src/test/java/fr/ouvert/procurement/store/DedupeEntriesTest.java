package fr.ouvert.procurement.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The dedupe index's primitive table gives what a map would, through growth and colliding slots. */
class DedupeEntriesTest {

	@Test
	void holdsAndReplacesEntriesLikeAMapThroughGrowth() {
		DedupeEntries entries = new DedupeEntries();
		Map<Long, DedupeIndex.Entry> expected = new HashMap<>();
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 1; i <= 50_000; i++) {
			// Keys of the real index are FNV hashes of the dedupe key; a few share their low bits on purpose.
			long hash = i % 10 == 0 ? (long) i << 32 : DedupeKey.hash("key-" + i);
			DedupeIndex.Entry entry = new DedupeIndex.Entry(i, random.nextInt(), random.nextInt(100));
			entries.put(hash, entry);
			expected.put(hash, entry);
		}
		// A later import's changes: a winner's priority changes, the id stays.
		Map<Long, DedupeIndex.Entry> changes = new HashMap<>();
		expected.entrySet().stream().limit(1_000).forEach(e -> changes.put(e.getKey(),
				new DedupeIndex.Entry(e.getValue().id(), e.getValue().check(), 0)));
		entries.putAll(changes);
		expected.putAll(changes);

		expected.forEach((hash, entry) -> assertThat(entries.get(hash)).isEqualTo(entry));
		assertThat(entries.get(DedupeKey.hash("never stored"))).isNull();
		assertThat(entries.get(0L)).isNull();
	}
}
