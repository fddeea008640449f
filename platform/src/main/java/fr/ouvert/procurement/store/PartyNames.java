package fr.ouvert.procurement.store;

import java.util.HashSet;
import java.util.Set;

import fr.ouvert.kernel.db.CopyPipeline;
import fr.ouvert.kernel.db.CopyText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The names under which the buyers and holders of one import's contracts were published, written at its end into
 * {@code procurement_buyer_name} and {@code procurement_holder_name}, which the contract search reads to find a
 * party by a part of its name (migration {@code V202611300100}). Each distinct pair of the import that earlier
 * imports did not write ({@link KnownPartyNames}) is sent once; one the store has anyway (another process wrote it)
 * is left to {@code on conflict do nothing}.
 */
final class PartyNames {

	/**
	 * The characters of a name kept: the pair is a b-tree key (2,704 bytes at most), and the real files' longest
	 * name has 270.
	 */
	static final int MAX_LENGTH = 500;

	private record Pair(String party, String name) {
	}

	private final Set<Pair> buyers = new HashSet<>();
	private final Set<Pair> holders = new HashSet<>();

	void buyer(String acheteurId, String nom) {
		add(buyers, acheteurId, nom);
	}

	void holder(String identifier, String name) {
		add(holders, identifier, name);
	}

	/**
	 * Adds the pairs the store lacks, in the current transaction: those not known from earlier imports go out with one
	 * COPY, then one insert per table; once the transaction commits, all of this import's pairs are known.
	 */
	void write(JdbcClient jdbc, CopyPipeline copies, KnownPartyNames known) {
		if (buyers.isEmpty() && holders.isEmpty()) {
			return;
		}
		long deletions = jdbc.sql("select deletions from procurement_party_name_deletions").query(Long.class).single();
		KnownPartyNames.Snapshot snapshot = known.open(deletions);
		Set<Long> written = new HashSet<>();
		CopyText rows = new CopyText("copy procurement_party_name_new (buyer, party, name) from stdin");
		append(rows, written, snapshot, true, buyers);
		append(rows, written, snapshot, false, holders);
		buyers.clear();
		holders.clear();
		if (rows.rows() > 0) {
			jdbc.sql("create temporary table procurement_party_name_new (buyer boolean, party text, name text)").update();
			copies.send(rows);
			copies.await();
			jdbc.sql("""
					insert into procurement_buyer_name (acheteur_id, nom)
					select party, name from procurement_party_name_new where buyer on conflict do nothing""").update();
			jdbc.sql("""
					insert into procurement_holder_name (identifier, name)
					select party, name from procurement_party_name_new where not buyer on conflict do nothing""").update();
			jdbc.sql("drop table procurement_party_name_new").update();
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					known.committed(snapshot, written);
				}
			}
		});
	}

	private static void append(CopyText rows, Set<Long> written, KnownPartyNames.Snapshot snapshot, boolean buyer,
			Set<Pair> pairs) {
		for (Pair pair : pairs) {
			long hash = KnownPartyNames.hash(buyer, pair.party(), pair.name());
			if (!snapshot.pairs().contains(hash) && written.add(hash)) {
				rows.row(buyer, pair.party(), pair.name());
			}
		}
	}

	private static void add(Set<Pair> pairs, String party, String name) {
		if (party != null && name != null) {
			pairs.add(new Pair(party, kept(name)));
		}
	}

	private static String kept(String name) {
		return name.length() <= MAX_LENGTH || name.codePointCount(0, name.length()) <= MAX_LENGTH ? name
				: name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
	}
}
