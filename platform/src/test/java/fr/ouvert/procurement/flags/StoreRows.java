package fr.ouvert.procurement.flags;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Contracts written straight into the procurement tables, with only what a test sets: the red flags read nothing
 * else. {@link #clear()} empties the store, so that the quartiles a test checks are computed over its own rows.
 */
public final class StoreRows {

	static final String AOO = "Appel d'offres ouvert";
	static final String MAPA = "Procédure adaptée";
	static final String WITHOUT_CALL = "Marché passé sans publicité ni mise en concurrence préalable";

	private static final AtomicLong KEYS = new AtomicLong();

	private final JdbcClient jdbc;
	private final long sourceId;
	private final long importId;

	StoreRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.sourceId = jdbc.sql("""
				insert into procurement_source (code, name) values ('flags-test', 'Tests des signaux')
				on conflict (code) do update set name = excluded.name returning id""").query(Long.class).single();
		this.importId = jdbc.sql("""
				insert into procurement_import (source_id, file_name, file_sha256, file_size, status)
				values (?, 'flags-test.json', ?, 0, 'done') returning id""")
			.param(sourceId).param("flags-test-" + System.nanoTime()).query(Long.class).single();
	}

	/**
	 * Waits until no import has left the flags stale, i.e. until a computation started in the background by an
	 * earlier import has ended: deleting contracts under it would deadlock.
	 */
	public static void awaitFlagsComputed(JdbcClient jdbc) {
		await().atMost(Duration.ofMinutes(2)).until(() -> jdbc
			.sql("select requested <= computed from procurement_flag_computation").query(Boolean.class).single());
	}

	/** Empties the store once the background computation, if any, has ended. */
	void clear() {
		deleteContracts(jdbc);
	}

	/**
	 * Deletes every contract with its holders, versions and flags (the bulk tables have no foreign keys to cascade
	 * through), once the background computation, if any, has ended.
	 */
	public static void deleteContracts(JdbcClient jdbc) {
		awaitFlagsComputed(jdbc);
		for (String table : List.of("procurement_flag", "procurement_buyer_flag", "procurement_supplier_flag",
				"procurement_titulaire", "procurement_contract_version", "procurement_contract")) {
			jdbc.sql("delete from " + table).update();
		}
	}

	/** A supplies contract of 2024, by a buyer that is not the State, with one holder, open procedure. */
	Row contract() {
		return new Row();
	}

	final class Row {
		String kind = "marche";
		String buyer = "21350238800012";
		String nature = "Marché";
		String procedure = AOO;
		String cpv = "30190000";
		LocalDate notified = LocalDate.of(2024, 3, 1);
		LocalDate published = LocalDate.of(2024, 3, 10);
		BigDecimal amount = new BigDecimal("50000");
		BigDecimal currentAmount;
		Integer months = 12;
		Integer currentMonths;
		Integer offers;
		String priceForm = "Forfaitaire";
		int modifications;
		List<String> holders = new ArrayList<>(List.of("44306184100047"));

		/** A concession of services (CPV codes are not published for concessions). */
		Row concession() {
			kind = "concession";
			nature = "Concession de service";
			cpv = null;
			return this;
		}

		Row buyer(String siret) {
			buyer = siret;
			return this;
		}

		Row procedure(String label) {
			procedure = label;
			return this;
		}

		Row cpv(String code) {
			cpv = code;
			return this;
		}

		Row notified(LocalDate date) {
			notified = date;
			published = date.plusDays(5);
			return this;
		}

		Row published(LocalDate date) {
			published = date;
			return this;
		}

		Row amount(String value) {
			amount = new BigDecimal(value);
			return this;
		}

		/** The values after {@code count} modifications. */
		Row modified(int count, String newAmount, Integer newMonths) {
			modifications = count;
			currentAmount = newAmount == null ? null : new BigDecimal(newAmount);
			currentMonths = newMonths;
			return this;
		}

		Row months(int value) {
			months = value;
			return this;
		}

		Row offers(int value) {
			offers = value;
			return this;
		}

		Row priceForm(String value) {
			priceForm = value;
			return this;
		}

		Row holders(String... identifiers) {
			holders = List.of(identifiers);
			return this;
		}

		long insert() {
			long id = jdbc.sql("""
					insert into procurement_contract (dedupe_key, uid, kind, generation, decp_id, acheteur_id, nature,
					    procedure, code_cpv, date_notification, date_publication, montant, current_montant, duree_mois,
					    current_duree_mois, offres_recues, forme_prix, modification_count, source_id, sources, import_id)
					values (:key, :key, :kind, '2022', :key, :buyer, :nature, :procedure, :cpv, :notified, :published,
					    :amount, :currentAmount, :months, :currentMonths, :offers, :priceForm, :modifications, :source,
					    array['flags-test'], :import)
					returning id""")
				.param("key", "flags-" + KEYS.incrementAndGet())
				.param("kind", kind)
				.param("buyer", buyer)
				.param("nature", nature)
				.param("procedure", procedure)
				.param("cpv", cpv)
				.param("notified", notified)
				.param("published", published)
				.param("amount", amount)
				.param("currentAmount", currentAmount)
				.param("months", months)
				.param("currentMonths", currentMonths)
				.param("offers", offers)
				.param("priceForm", priceForm)
				.param("modifications", modifications)
				.param("source", sourceId)
				.param("import", importId)
				.query(Long.class)
				.single();
			for (int i = 0; i < holders.size(); i++) {
				String identifier = holders.get(i);
				jdbc.sql("""
						insert into procurement_titulaire (contract_id, position, type_identifiant, identifier, siren)
						values (?, ?, 'SIRET', ?, ?)""")
					.param(id).param(i + 1).param(identifier)
					.param(identifier.length() == 14 ? identifier.substring(0, 9) : null)
					.update();
			}
			version(id, 0, notified, amount, holders.toArray(String[]::new));
			return id;
		}
	}

	/** A state of the contract: 0 is the initial data, then one per modification. */
	void version(long contractId, int sequence, LocalDate notified, BigDecimal amount, String... holders) {
		StringBuilder titulaires = new StringBuilder("[");
		for (String holder : holders) {
			titulaires.append(titulaires.length() > 1 ? "," : "")
				.append("{\"typeIdentifiant\":\"SIRET\",\"id\":\"").append(holder).append("\"}");
		}
		jdbc.sql("""
				insert into procurement_contract_version (contract_id, sequence, modification_id, date_notification,
				    montant, titulaires)
				values (?, ?, ?, ?, ?, ?::jsonb)""")
			.param(contractId).param(sequence).param(sequence == 0 ? null : sequence).param(notified).param(amount)
			.param(titulaires.append("]").toString())
			.update();
	}
}
