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
import fr.ouvert.decp.ContractVersion;
import fr.ouvert.decp.Generation;
import fr.ouvert.decp.LieuExecution;
import fr.ouvert.decp.Modification;
import fr.ouvert.decp.Titulaire;
import fr.ouvert.procurement.observatory.ContractDetail;
import fr.ouvert.procurement.observatory.ContractDetails;
import fr.ouvert.procurement.observatory.ContractSummary;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Version rows only for the contracts whose versions the contract's row and its holders' rows cannot give back: each
 * case is stored, read by every reader, then compared with what the same readers gave from the former layout (one
 * version row per version, as the writer wrote them before), which the migration then makes redundant again.
 */
class StoredVersionsTest extends PlatformTest {

	private static final String MIGRATION =
			"db/migration/procurement/V202611300000__procurement_versions_of_modified_contracts.sql";

	@Autowired
	ContractStore store;

	@Autowired
	ContractDetails details;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSource dataSource;

	/** A unique buyer per test, so that contracts of other tests never share a key with these. */
	private final String buyer = "3" + String.format("%013d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000_000_000L));

	@Test
	void aContractWithoutModificationHasNoVersionRowAndComesBackAsImported() {
		Contract contract = marche("2024-V01", "84000.50")
			.titulaires(List.of(new Titulaire("SIRET", "41089212900016", "Jardins SA"),
					new Titulaire("TVA", "FR12345678901", null)))
			.build();
		long id = write(source(), 10, contract);

		assertThat(versionRows(id)).isZero();
		assertThat(store.find(id).orElseThrow().contract()).isEqualTo(contract);
		assertThat(details.find(id).orElseThrow().versions()).containsExactly(new ContractDetail.Version(0, null, null,
				LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 20), new BigDecimal("84000.50"), 12,
				List.of(new ContractSummary.Holder("41089212900016", "SIRET", "Jardins SA"),
						new ContractSummary.Holder("FR12345678901", "TVA", null)),
				null, null, false));
		assertReadersGiveWhatTheFormerRowsGave(id, contract, 0);
	}

	@Test
	void aContractWithoutHolderHasNoVersionRowEither() {
		Contract contract = marche("2024-V02", "1200").titulaires(List.of()).build();
		long id = write(source(), 10, contract);

		assertThat(versionRows(id)).isZero();
		assertThat(store.find(id).orElseThrow().contract()).isEqualTo(contract);
		assertReadersGiveWhatTheFormerRowsGave(id, contract, 0);
	}

	@Test
	void aContractWithModificationsKeepsEveryVersionRow() {
		Contract contract = marche("2024-V03", "50000")
			.modifications(List.of(
					new Modification(1, null, "Travaux supplémentaires", LocalDate.of(2024, 9, 1),
							LocalDate.of(2024, 9, 15), null, new BigDecimal("62000.00"), null),
					new Modification(2, null, "Changement de titulaire", LocalDate.of(2025, 2, 1),
							LocalDate.of(2025, 2, 10), 18, null,
							List.of(new Titulaire("SIRET", "55204944776279", "Repreneur SAS")))))
			.build();
		long id = write(source(), 10, contract);

		assertThat(versionRows(id)).isEqualTo(3);
		assertThat(store.find(id).orElseThrow().contract()).isEqualTo(contract);
		assertThat(details.find(id).orElseThrow().versions()).extracting(ContractDetail.Version::amount)
			.containsExactly(new BigDecimal("50000"), new BigDecimal("62000.00"), new BigDecimal("62000.00"));
		assertReadersGiveWhatTheFormerRowsGave(id, contract, 3);
	}

	@Test
	void aHolderWithoutIdentifierOrWithAnEmptyNameKeepsTheVersionRow() {
		// The holders' rows skip a holder without identifier: only the version's json has it.
		Contract withoutId = marche("2024-V04", "7000")
			.titulaires(List.of(new Titulaire("SIRET", "41089212900016", "Jardins SA"),
					new Titulaire("HORS-UE", null, "Groupement étranger")))
			.build();
		long id = write(source(), 10, withoutId);

		assertThat(versionRows(id)).isEqualTo(1);
		assertThat(store.find(id).orElseThrow().contract()).isEqualTo(withoutId);
		assertReadersGiveWhatTheFormerRowsGave(id, withoutId, 1);

		// A holder's row keeps an empty name, which the version's json leaves out (read back as no name).
		Contract emptyName = marche("2024-V05", "7100")
			.titulaires(List.of(new Titulaire("SIRET", "41089212900016", "")))
			.build();
		long other = write(source(), 10, emptyName);

		assertThat(versionRows(other)).isEqualTo(1);
		assertThat(store.find(other).orElseThrow().contract().titulaires())
			.containsExactly(new Titulaire("SIRET", "41089212900016", null));
		assertReadersGiveWhatTheFormerRowsGave(other, emptyName, 1);
	}

	@Test
	void aContractMergedFromTwoSourcesComesBackAsTheMergeOfBoth() {
		Contract base = marche("2024-V06", "90000").objet("Entretien des espaces verts").build();
		long id = write(source(), 50, base.toBuilder().objet("Espaces verts").codeCpv("77310000").build());
		// The buyer (priority 0) wins with the same amount: no version row, its values and the platform's CPV code.
		write(source(), 0, base.toBuilder().datePublicationDonnees(LocalDate.of(2024, 6, 1)).dureeMois(24).build());

		Contract merged = base.toBuilder().datePublicationDonnees(LocalDate.of(2024, 6, 1)).dureeMois(24)
			.codeCpv("77310000").build();
		assertThat(versionRows(id)).isZero();
		assertThat(store.find(id).orElseThrow().contract()).isEqualTo(merged);
		assertReadersGiveWhatTheFormerRowsGave(id, merged, 0);

		// A third source, of lower priority, brings the modifications the others lacked: every version row.
		Modification modification = new Modification(1, null, "Avenant n°1", LocalDate.of(2024, 10, 1),
				LocalDate.of(2024, 10, 8), null, new BigDecimal("99000"), null);
		write(source(), 100, base.toBuilder().modifications(List.of(modification)).build());

		Contract withModification = merged.toBuilder().modifications(List.of(modification)).build();
		assertThat(versionRows(id)).isEqualTo(2);
		assertThat(store.find(id).orElseThrow().contract()).isEqualTo(withModification);
		assertReadersGiveWhatTheFormerRowsGave(id, withModification, 2);
	}

	@Test
	void aMergeThatKeepsTheAmountWrittenOtherwiseKeepsTheVersionRow() {
		Contract base = marche("2024-V07", "45000").build();
		long id = write(source(), 50, base);
		// The buyer's copy wins with 45000.00: the contract's row keeps 45000, the initial version had 45000.00.
		Contract buyers = base.toBuilder().montant(new BigDecimal("45000.00")).formePrix("Ferme").build();
		write(source(), 0, buyers);

		assertThat(versionRows(id)).isEqualTo(1);
		assertThat(jdbc.sql("select montant::text from procurement_contract_version where contract_id = ?").param(id)
			.query(String.class).single()).isEqualTo("45000.00");
		assertThat(store.find(id).orElseThrow().contract())
			.isEqualTo(buyers.toBuilder().montant(new BigDecimal("45000")).build());
		assertReadersGiveWhatTheFormerRowsGave(id, buyers, 1);
	}

	@Test
	void aPeriodFindsAContractWithoutVersionRowByItsPublicationAndAModifiedOneByAModification() {
		long unmodified = write(source(), 10, marche("1987-V08", "3000")
			.dateNotification(LocalDate.of(1987, 2, 20)).datePublicationDonnees(LocalDate.of(1987, 3, 10)).build());
		long modified = write(source(), 10, marche("1987-V09", "4000")
			.dateNotification(LocalDate.of(1987, 1, 2)).datePublicationDonnees(LocalDate.of(1987, 1, 5))
			.modifications(List.of(new Modification(1, null, "Avenant", LocalDate.of(1987, 6, 1),
					LocalDate.of(1987, 6, 20), 15, null, null)))
			.build());
		assertThat(versionRows(unmodified)).isZero();

		assertThat(published(LocalDate.of(1987, 3, 1), LocalDate.of(1987, 3, 31))).containsExactly(unmodified);
		assertThat(published(LocalDate.of(1987, 6, 1), LocalDate.of(1987, 6, 30))).containsExactly(modified);
		assertThat(published(LocalDate.of(1987, 1, 1), LocalDate.of(1987, 3, 31))).containsExactly(unmodified, modified);
		assertThat(published(null, LocalDate.of(1987, 1, 31))).containsExactly(modified);
		assertThat(published(LocalDate.of(1987, 4, 1), LocalDate.of(1987, 5, 31))).isEmpty();
		assertThat(store.anyPublished(LocalDate.of(1987, 3, 1), LocalDate.of(1987, 3, 31))).isTrue();
		assertThat(store.anyPublished(LocalDate.of(1987, 6, 1), LocalDate.of(1987, 6, 30))).isTrue();
		assertThat(store.anyPublished(LocalDate.of(1987, 4, 1), LocalDate.of(1987, 5, 31))).isFalse();
	}

	/**
	 * The contract page and the store give the same as from the former layout, where every version of the contract
	 * as imported had its row; the migration then leaves the {@code rows} the writer keeps.
	 */
	private void assertReadersGiveWhatTheFormerRowsGave(long id, Contract imported, int rows) {
		ContractDetail page = details.find(id).orElseThrow();
		StoredContract stored = store.find(id).orElseThrow();

		jdbc.sql("delete from procurement_contract_version where contract_id = ?").param(id).update();
		for (ContractVersion v : imported.versions()) {
			jdbc.sql("""
					insert into procurement_contract_version (contract_id, sequence, modification_id, objet_modification,
					    date_notification, date_publication, montant, duree_mois, titulaires)
					values (?, ?, ?, ?, ?, ?, ?::numeric, ?, ?::jsonb)""")
				.params(id, v.sequence(), v.modificationId(), v.objetModification(), v.dateNotification(),
						v.datePublicationDonnees(), v.montant() == null ? null : v.montant().toPlainString(), v.dureeMois(),
						ContractJson.titulaires(v.titulaires()))
				.update();
		}
		assertThat(details.find(id).orElseThrow()).isEqualTo(page);
		assertThat(store.find(id).orElseThrow()).isEqualTo(stored);

		new ResourceDatabasePopulator(new ClassPathResource(MIGRATION)).execute(dataSource);
		assertThat(versionRows(id)).isEqualTo(rows);
		assertThat(details.find(id).orElseThrow()).isEqualTo(page);
	}

	/** This test's contracts that {@link ContractStore#forEach} gives for the period, by id. */
	private List<Long> published(LocalDate from, LocalDate to) {
		List<Long> ids = new ArrayList<>();
		store.forEach(from, to, c -> {
			if (buyer.equals(c.contract().acheteurId())) {
				ids.add(c.id());
			}
		});
		return ids;
	}

	private int versionRows(long id) {
		return jdbc.sql("select count(*) from procurement_contract_version where contract_id = ?").param(id)
			.query(Integer.class).single();
	}

	private Contract.Builder marche(String id, String montant) {
		return Contract.builder(ContractKind.MARCHE, Generation.DECP_2019)
			.id(id)
			.acheteurId(buyer)
			.nature("Marché")
			.procedure("Procédure adaptée")
			.dureeMois(12)
			.dateNotification(LocalDate.of(2024, 5, 2))
			.datePublicationDonnees(LocalDate.of(2024, 5, 20))
			.montant(new BigDecimal(montant))
			.lieuExecution(new LieuExecution("97411", "Code commune", "Saint-Denis"))
			.titulaires(List.of(new Titulaire("SIRET", "41089212900016", "Jardins SA")));
	}

	private static String source() {
		return "source-" + UUID.randomUUID();
	}

	/** Writes one contract as one import of a new source; the stored id of its contract. */
	private long write(String source, int priority, Contract contract) {
		return new StoreImports(store, transactions, jdbc, dataSource).inImport(source, priority, false, writer -> {
			writer.add(contract);
			writer.finish();
			return jdbc.sql("select id from procurement_contract where uid = ?").param(contract.uid())
				.query(Long.class).single();
		});
	}
}
