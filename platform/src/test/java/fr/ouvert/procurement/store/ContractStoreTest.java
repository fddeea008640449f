package fr.ouvert.procurement.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import fr.ouvert.decp.Contract;
import fr.ouvert.decp.ContractKind;
import fr.ouvert.decp.DonneesAnnuelles;
import fr.ouvert.decp.Generation;
import fr.ouvert.decp.LieuExecution;
import fr.ouvert.decp.Modification;
import fr.ouvert.decp.Titulaire;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The store on a real PostgreSQL: COPY of new contracts, dedupe across sources with priority and provenance. */
class ContractStoreTest extends PlatformTest {

	@Autowired
	ContractStore store;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSource dataSource;

	/** A unique buyer per test, so that contracts of other tests never share a key with these. */
	private final String buyer = "2" + String.format("%013d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000_000_000L));

	@Test
	void aContractComesBackWithEveryFieldItWasStoredWith() {
		Contract concession = Contract.builder(ContractKind.CONCESSION, Generation.DECP_2022)
			.id("2024-CC-01")
			.acheteurId(buyer)
			.acheteurNom("Commune d'Ajaccio")
			.nature("Concession de service public")
			.objet("Délégation du service de l'eau")
			.procedure("Procédure négociée ouverte")
			.lieuExecution(new LieuExecution("20000", "Code postal", null))
			.dureeMois(120)
			.dateNotification(LocalDate.of(2024, 3, 1))
			.datePublicationDonnees(LocalDate.of(2024, 3, 10))
			.montant(new BigDecimal("1500000.50"))
			.titulaires(List.of(new Titulaire("SIRET", "41089212900016", null)))
			.modifications(List.of(new Modification(1, 1, null, LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 20),
					null, new BigDecimal("1800000"), null)))
			.dateDebutExecution(LocalDate.of(2024, 4, 1))
			.montantSubventionPublique(new BigDecimal("20000"))
			.donneesExecution(List.of(new DonneesAnnuelles(LocalDate.of(2025, 2, 1), new BigDecimal("350000"),
					List.of(new DonneesAnnuelles.Tarif("Abonnement", new BigDecimal("45.5"))))))
			.considerationsSociales(List.of("Clause sociale"))
			.build();
		long id = write("source-" + UUID.randomUUID(), 10, List.of(concession)).get(0);

		StoredContract stored = store.find(id).orElseThrow();
		assertThat(stored.contract()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(concession);
		assertThat(jdbc.sql("select departement from procurement_contract where id = ?").param(id).query(String.class)
			.single()).isEqualTo("2A");
		assertThat(jdbc.sql("select count(*) from procurement_contract_version where contract_id = ?").param(id)
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select current_montant from procurement_contract where id = ?").param(id)
			.query(BigDecimal.class).single()).isEqualByComparingTo("1800000");
	}

	@Test
	void theSameContractFromTwoSourcesIsOneContractWithTheWinnersValuesAndTheOthersGapsFilled() {
		String platform = "plateforme-" + UUID.randomUUID();
		String buyerOwn = "acheteur-" + UUID.randomUUID();
		Contract base = marche("2024-001", new BigDecimal("90000")).objet("Entretien des espaces verts").build();
		// The platform (priority 50) publishes first, with the CPV code but a shorter object.
		long id = write(platform, 50, List.of(base.toBuilder().objet("Espaces verts").codeCpv("77310000").build())).get(0);
		// The buyer itself (priority 0) publishes the same contract, amount written 90000.00, without CPV code.
		List<Long> again = write(buyerOwn, 0, List.of(base.toBuilder().montant(new BigDecimal("90000.00")).build()));

		assertThat(again).containsExactly(id);
		StoredContract stored = store.find(id).orElseThrow();
		assertThat(stored.sourceCode()).isEqualTo(buyerOwn);
		assertThat(stored.sources()).containsExactly(platform, buyerOwn);
		assertThat(stored.contract().objet()).isEqualTo("Entretien des espaces verts");
		assertThat(stored.contract().codeCpv()).isEqualTo("77310000");
		assertThat(stored.provenance()).containsExactly(java.util.Map.entry("codeCpv", platform));

		// A third source of lower priority changes no value: it only fills gaps and joins the sources.
		String consolidator = "consolidateur-" + UUID.randomUUID();
		write(consolidator, 100, List.of(base.toBuilder().objet("Autre libellé").formePrix("Ferme").build()));
		StoredContract after = store.find(id).orElseThrow();
		assertThat(after.contract().objet()).isEqualTo("Entretien des espaces verts");
		assertThat(after.contract().formePrix()).isEqualTo("Ferme");
		assertThat(after.sourceCode()).isEqualTo(buyerOwn);
		assertThat(after.sources()).containsExactly(platform, buyerOwn, consolidator);
		assertThat(after.provenance()).containsEntry("codeCpv", platform).containsEntry("formePrix", consolidator);
	}

	@Test
	void aContractRepeatedInAFileIsStoredOnceAndCountedAsDuplicate() {
		Contract contract = marche("2024-002", new BigDecimal("1000")).build();
		Contract other = marche("2024-003", new BigDecimal("1000")).build();
		String source = "source-" + UUID.randomUUID();
		StoreWriter.Counts counts = imports().inImport(source, 10, false, writer -> {
			writer.add(contract);
			writer.add(other);
			writer.add(contract.toBuilder().montant(new BigDecimal("1000.000")).build());
			return writer.finish();
		});
		assertThat(counts).isEqualTo(new StoreWriter.Counts(2, 0, 1));
		assertThat(jdbc.sql("select count(*) from procurement_contract where acheteur_id = ?").param(buyer)
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void moreThanOneBatchOfNewContractsGoesInWithItsHoldersAndVersions() {
		List<Contract> many = new ArrayList<>();
		for (int i = 0; i < StoreWriter.BATCH + 10; i++) {
			many.add(marche("LOT-" + i, BigDecimal.valueOf(1000 + i)).build());
		}
		List<Long> ids = write("source-" + UUID.randomUUID(), 10, many);
		assertThat(ids).doesNotHaveDuplicates().hasSize(many.size());
		assertThat(jdbc.sql("select count(*) from procurement_titulaire t join procurement_contract c on c.id = t.contract_id where c.acheteur_id = ?")
			.param(buyer).query(Integer.class).single()).isEqualTo(many.size());
		List<String> seen = new ArrayList<>();
		store.forEach(null, null, c -> {
			if (c.contract().acheteurId().equals(buyer)) {
				seen.add(c.contract().id());
			}
		});
		assertThat(seen).hasSize(many.size()).startsWith("LOT-0", "LOT-1");
	}

	private Contract.Builder marche(String id, BigDecimal montant) {
		return Contract.builder(ContractKind.MARCHE, Generation.DECP_2019)
			.id(id)
			.acheteurId(buyer)
			.nature("Marché")
			.procedure("Procédure adaptée")
			.dateNotification(LocalDate.of(2024, 5, 2))
			.datePublicationDonnees(LocalDate.of(2024, 5, 20))
			.montant(montant)
			.lieuExecution(new LieuExecution("97411", "Code commune", "Saint-Denis"))
			.titulaires(List.of(new Titulaire("SIRET", "41089212900016", "Jardins SA")));
	}

	/** Writes contracts as one import of a source; the stored id of each. */
	@Test
	void theDedupeIndexKeptBetweenImportsForgetsRolledBackImportsAndContractsDeletedByHand() {
		Contract contract = marche("2024-IDX", new BigDecimal("42000")).objet("Nettoyage des locaux").build();
		// An import that rolls back leaves nothing in the index: the next one creates the contract.
		imports().inImport("annule-" + UUID.randomUUID(), 10, true, writer -> {
			writer.add(contract);
			return writer.finish();
		});
		long id = write("source-" + UUID.randomUUID(), 10, List.of(contract)).get(0);
		assertThat(store.find(id)).isPresent();
		// A copy from another source merges into it, through the index kept since the last import.
		String other = "autre-" + UUID.randomUUID();
		assertThat(write(other, 20, List.of(contract)).get(0)).isEqualTo(id);
		assertThat(store.find(id).orElseThrow().sources()).contains(other);
		// Deleted by hand (no import): the index is read again and the next copy creates the contract anew.
		for (String table : List.of("procurement_titulaire", "procurement_contract_version")) {
			jdbc.sql("delete from " + table + " where contract_id = ?").param(id).update();
		}
		jdbc.sql("delete from procurement_contract where id = ?").param(id).update();
		long again = write("source-" + UUID.randomUUID(), 10, List.of(contract)).get(0);
		assertThat(again).isNotEqualTo(id);
		assertThat(store.find(again)).isPresent();
	}

	@Test
	void aCopyOfAContractNotYetCommittedIsMergedInsideTheCallersTransaction() {
		Contract contract = marche("2024-TX", new BigDecimal("5300")).objet("Élagage").build();
		String first = "source-" + UUID.randomUUID();
		String second = "autre-" + UUID.randomUUID();
		long[] ids = new long[2];
		transactions.executeWithoutResult(tx -> {
			ids[0] = write(first, 10, List.of(contract)).get(0);
			// the stored contract is not committed: the merge cannot read it on a connection of its own
			ids[1] = write(second, 20, List.of(contract.toBuilder().formePrix("Ferme").build())).get(0);
		});
		assertThat(ids[1]).isEqualTo(ids[0]);
		StoredContract merged = store.find(ids[0]).orElseThrow();
		assertThat(merged.sources()).containsExactly(first, second);
		assertThat(merged.contract().formePrix()).isEqualTo("Ferme");
		assertThat(merged.provenance()).containsEntry("formePrix", second);
	}

	private List<Long> write(String source, int priority, List<Contract> contracts) {
		return imports().inImport(source, priority, false, writer -> {
			contracts.forEach(writer::add);
			writer.finish();
			return contracts.stream()
				.map(c -> jdbc.sql("select id from procurement_contract where uid = ? and montant = ?")
					.params(c.uid(), c.montant()).query(Long.class).single())
				.toList();
		});
	}

	private StoreImports imports() {
		return new StoreImports(store, transactions, jdbc, dataSource);
	}
}
