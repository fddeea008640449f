package fr.ouvert.procurement.store;

import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import fr.ouvert.kernel.db.CopyText;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The names under which the buyers and holders of one import's contracts were published, written at its end into
 * {@code procurement_buyer_name} and {@code procurement_holder_name}, which the contract search reads to find a
 * party by a part of its name (migration {@code V202611300100}). Each distinct pair of the import is sent once; the
 * pairs the store already has are left to {@code on conflict do nothing}.
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

	/** Adds the pairs the store lacks, in the current transaction: one COPY, then one insert per table. */
	void write(JdbcClient jdbc, DataSource dataSource) {
		if (buyers.isEmpty() && holders.isEmpty()) {
			return;
		}
		jdbc.sql("create temporary table procurement_party_name_new (buyer boolean, party text, name text)").update();
		CopyText rows = new CopyText("copy procurement_party_name_new (buyer, party, name) from stdin");
		buyers.forEach(pair -> rows.row(true, pair.party(), pair.name()));
		holders.forEach(pair -> rows.row(false, pair.party(), pair.name()));
		rows.flush(dataSource);
		jdbc.sql("""
				insert into procurement_buyer_name (acheteur_id, nom)
				select party, name from procurement_party_name_new where buyer on conflict do nothing""").update();
		jdbc.sql("""
				insert into procurement_holder_name (identifier, name)
				select party, name from procurement_party_name_new where not buyer on conflict do nothing""").update();
		jdbc.sql("drop table procurement_party_name_new").update();
		buyers.clear();
		holders.clear();
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
