package fr.ouvert.procurement.store;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dedupe index of the whole store — key hash → contract id, a second hash of the key, the winning source's
 * priority — kept in memory from one import to the next: reading every stored contract again for each file made
 * a national import quadratic (bench/README.md, "Procurement").
 *
 * <p>Every write to the store is an import that commits with its row marked done and draws new contracts' ids from
 * the sequence, and a statement trigger counts deletions: the number of done imports, the largest contract id and
 * that count tell whether the index is still the store's. When they are not what this index expects (another
 * process imported, contracts were deleted by hand), the index is read again. (Counting the contracts instead read
 * the whole table twice per file.) A writer's changes are
 * added only after its transaction committed, and only if nothing else changed the store meanwhile.
 */
final class DedupeIndex {

	/** An indexed contract: its id, a second hash of its key (to confirm a hit), the winner's priority. */
	record Entry(long id, int check, int priority) {
	}

	/** The state of the store an index reflects. */
	record Stamp(long doneImports, long largestId, long deletions) {
	}

	/** What a writer starts from: the entries (not to be changed) and the state they reflect. */
	record Snapshot(DedupeEntries entries, Stamp stamp) {
	}

	private DedupeEntries entries;
	private Stamp stamp;

	synchronized Snapshot open(JdbcClient jdbc) {
		Stamp now = stamp(jdbc);
		if (entries == null || !now.equals(stamp)) {
			entries = load(jdbc);
			stamp = now;
		}
		return new Snapshot(entries, stamp);
	}

	/**
	 * After the commit of a writer opened on {@code from} that created {@code created} contracts: adds its changes,
	 * or drops the index when something else changed the store.
	 */
	synchronized void committed(Snapshot from, Map<Long, Entry> changes, int created, JdbcClient jdbc) {
		long largestId = from.stamp().largestId();
		if (created > 0) {
			for (Entry entry : changes.values()) {
				largestId = Math.max(largestId, entry.id());
			}
		}
		Stamp expected = new Stamp(from.stamp().doneImports() + 1, largestId, from.stamp().deletions());
		if (from.entries() == entries && from.stamp().equals(stamp) && stamp(jdbc).equals(expected)) {
			entries.putAll(changes);
			stamp = expected;
		}
		else {
			entries = null;
		}
	}

	private static Stamp stamp(JdbcClient jdbc) {
		return jdbc.sql("""
				select (select count(*) from procurement_import where status = 'done'),
				       (select coalesce(max(id), 0) from procurement_contract),
				       (select deletions from procurement_store_deletions)""")
			.query((rs, n) -> new Stamp(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
	}

	private static DedupeEntries load(JdbcClient jdbc) {
		DedupeEntries loaded = new DedupeEntries();
		jdbc.sql("""
				select c.id, c.dedupe_key, s.priority from procurement_contract c
				join procurement_source s on s.id = c.source_id""")
			.query(rs -> {
				String key = rs.getString(2);
				loaded.put(DedupeKey.hash(key), new Entry(rs.getLong(1), key.hashCode(), rs.getInt(3)));
			});
		return loaded;
	}
}
