package fr.ouvert.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Controlled contracts written straight into the procurement store, with identifiers of their own so that the
 * totals of their buyer and suppliers are known exactly whatever else the shared test database holds:
 * <pre>
 * contract    notified    buyer  holders  amount (in force)          kind of amount  flags
 * modified    2023-03-15  B      S        100 000 → 120 000, 12→18 m  firm            value-increase 0.2
 * shared      2023-06-01  B      S, T     50 000                      firm            single-offer
 * framework   2024-02-10  B      S2       300 000                     accord-cadre    —
 * services    2024-05-20  B      T        80 000                      firm (2022)     —
 * </pre>
 * S and S2 are two establishments of one SIREN. With {@link #raiseFlags}, B also has the buyer flag
 * {@code single-offer-rate} for 2023, and S the supplier flag {@code heterogeneous-supplier}.
 */
public final class ProcurementFixtures {

	/** What was inserted: identifiers to look for, and the ids of the contracts. */
	public record Inserted(String marker, String buyer, String buyerName, String supplierSiren, String supplier,
			String supplierName, String otherEstablishment, String otherSupplier, long modified, long shared,
			long framework, long services) {
	}

	private ProcurementFixtures() {
	}

	public static Inserted insert(JdbcClient jdbc) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String marker = Long.toString(random.nextLong(100_000_000L, 999_999_999L));
		String buyer = "2" + marker + "000" + random.nextInt(10);
		String siren = "8" + marker.substring(1);
		String supplier = siren + "00012";
		String otherEstablishment = siren + "00020";
		String otherSupplier = "7" + marker + "000" + random.nextInt(10);
		String buyerName = "Commune de Testville " + marker;
		String supplierName = "Bâtiments Armoricains " + marker;
		long source = jdbc.sql("""
				insert into procurement_source (code, name, priority) values (:code, 'Source de test ' || :code, 10)
				returning id""").param("code", "test-" + marker).query(Long.class).single();
		long importId = jdbc.sql("""
				insert into procurement_import (source_id, file_name, file_sha256, file_size, status, records, accepted)
				values (:source, 'decp-test.json', :sha, 1000, 'done', 4, 4) returning id""")
			.param("source", source).param("sha", marker).query(Long.class).single();
		Holder s = new Holder("SIRET", supplier, supplierName);
		Holder s2 = new Holder("SIRET", otherEstablishment, supplierName + " Brest");
		Holder t = new Holder("SIRET", otherSupplier, "Ingénierie Test " + marker);

		long modified = contract(jdbc, source, importId, marker + "-1", "2019", buyer, buyerName, "Marché",
				"Réfection de la voirie " + marker, "45210000", "Procédure adaptée", "35", LocalDate.of(2023, 3, 15),
				"100000", "120000", 12, 18, 1, "{}", List.of(s));
		version(jdbc, modified, 0, null, null, LocalDate.of(2023, 3, 15), "100000", 12, List.of(s));
		version(jdbc, modified, 1, 1, "Travaux supplémentaires", LocalDate.of(2023, 9, 1), "120000", 18, List.of(s));
		long shared = contract(jdbc, source, importId, marker + "-2", "2019", buyer, buyerName, "Marché",
				"Construction d'un préau " + marker, "45220000", "Appel d'offres ouvert", "35", LocalDate.of(2023, 6, 1),
				"50000", null, 6, null, 0, "{}", List.of(s, t));
		version(jdbc, shared, 0, null, null, LocalDate.of(2023, 6, 1), "50000", 6, List.of(s, t));
		long framework = contract(jdbc, source, importId, marker + "-3", "2019", buyer, buyerName, "Accord-cadre",
				"Maîtrise d'œuvre " + marker, "71000000", "Appel d'offres ouvert", "29", LocalDate.of(2024, 2, 10),
				"300000", null, 48, null, 0, "{}", List.of(s2));
		version(jdbc, framework, 0, null, null, LocalDate.of(2024, 2, 10), "300000", 48, List.of(s2));
		long services = contract(jdbc, source, importId, marker + "-4", "2022", buyer, buyerName, "Marché",
				"Études techniques " + marker, "71300000", "Procédure adaptée", "35", LocalDate.of(2024, 5, 20), "80000",
				null, 10, null, 0, "{\"techniques\": [\"Sans objet\"], \"ccag\": \"Prestations intellectuelles\"}", List.of(t));
		version(jdbc, services, 0, null, null, LocalDate.of(2024, 5, 20), "80000", 10, List.of(t));

		jdbc.sql("refresh materialized view procurement_totals").update();
		return new Inserted(marker, buyer, buyerName, siren, supplier, supplierName, otherEstablishment, otherSupplier,
				modified, shared, framework, services);
	}

	/**
	 * Raises the red flags of the table above on inserted contracts, their buyer and supplier (their names come
	 * from the bundle {@code procurement-flags}).
	 */
	public static void raiseFlags(JdbcClient jdbc, Inserted inserted) {
		jdbc.sql("insert into procurement_flag (contract_id, code, value) values (:id, 'value-increase', 0.2)")
			.param("id", inserted.modified()).update();
		jdbc.sql("insert into procurement_flag (contract_id, code, value) values (:id, 'single-offer', null)")
			.param("id", inserted.shared()).update();
		jdbc.sql("""
				insert into procurement_buyer_flag (acheteur_id, year, code, value, contracts)
				values (:buyer, 2023, 'single-offer-rate', 0.5, 2)""").param("buyer", inserted.buyer()).update();
		jdbc.sql("""
				insert into procurement_supplier_flag (identifier, code, value)
				values (:supplier, 'heterogeneous-supplier', 3)""").param("supplier", inserted.supplier()).update();
	}

	private record Holder(String type, String id, String name) {
	}

	private static long contract(JdbcClient jdbc, long source, long importId, String uid, String generation, String buyer,
			String buyerName, String nature, String object, String cpv, String procedure, String departement,
			LocalDate notified, String amount, String currentAmount, int duration, Integer currentDuration,
			int modifications, String details, List<Holder> holders) {
		long id = jdbc.sql("""
				insert into procurement_contract (dedupe_key, uid, kind, generation, decp_id, acheteur_id, acheteur_nom, nature,
				    objet, code_cpv, procedure, lieu_code, lieu_type_code, lieu_nom, departement, duree_mois, date_notification,
				    date_publication, montant, forme_prix, offres_recues, current_montant, current_duree_mois, modification_count,
				    details, source_id, sources, provenance, import_id)
				values (:key, :uid, 'marche', :generation, :uid, :buyer, :buyerName, :nature, :object, :cpv, :procedure,
				    :departement || '000', 'Code postal', 'Lieu de test', :departement, :duration, :notified, :published,
				    :amount, 'Forfaitaire', 1, :currentAmount, :currentDuration, :modifications, :details::jsonb, :source,
				    array['test'], '{"offresRecues": "autre-source"}'::jsonb, :import)
				returning id""")
			.param("key", uid + "|" + notified)
			.param("uid", uid)
			.param("generation", generation)
			.param("buyer", buyer)
			.param("buyerName", buyerName)
			.param("nature", nature)
			.param("object", object)
			.param("cpv", cpv)
			.param("procedure", procedure)
			.param("departement", departement)
			.param("duration", duration)
			.param("notified", notified)
			.param("published", notified.plusDays(10))
			.param("amount", new BigDecimal(amount))
			.param("currentAmount", currentAmount == null ? null : new BigDecimal(currentAmount))
			.param("currentDuration", currentDuration)
			.param("modifications", modifications)
			.param("details", details)
			.param("source", source)
			.param("import", importId)
			.query(Long.class)
			.single();
		// The names the importer records (PartyNames), for the searches by a part of a name.
		jdbc.sql("insert into procurement_buyer_name (acheteur_id, nom) values (?, ?) on conflict do nothing")
			.params(buyer, buyerName).update();
		for (int i = 0; i < holders.size(); i++) {
			Holder h = holders.get(i);
			jdbc.sql("""
					insert into procurement_titulaire (contract_id, position, type_identifiant, identifier, siren, name)
					values (:id, :position, :type, :identifier, :siren, :name)""")
				.param("id", id)
				.param("position", i)
				.param("type", h.type())
				.param("identifier", h.id())
				.param("siren", h.id().substring(0, 9))
				.param("name", h.name())
				.update();
			jdbc.sql("insert into procurement_holder_name (identifier, name) values (?, ?) on conflict do nothing")
				.params(h.id(), h.name()).update();
		}
		return id;
	}

	private static void version(JdbcClient jdbc, long contract, int sequence, Integer modificationId, String object,
			LocalDate notified, String amount, int duration, List<Holder> holders) {
		StringBuilder json = new StringBuilder("[");
		for (Holder h : holders) {
			json.append(json.length() > 1 ? "," : "").append("{\"typeIdentifiant\":\"").append(h.type())
				.append("\",\"id\":\"").append(h.id()).append("\",\"denominationSociale\":\"").append(h.name()).append("\"}");
		}
		json.append(']');
		jdbc.sql("""
				insert into procurement_contract_version (contract_id, sequence, modification_id, objet_modification,
				    date_notification, date_publication, montant, duree_mois, titulaires)
				values (:id, :sequence, :modification, :object, :notified, :notified, :amount, :duration, :holders::jsonb)""")
			.param("id", contract)
			.param("sequence", sequence)
			.param("modification", modificationId)
			.param("object", object)
			.param("notified", notified)
			.param("amount", new BigDecimal(amount))
			.param("duration", duration)
			.param("holders", json.toString())
			.update();
	}
}
