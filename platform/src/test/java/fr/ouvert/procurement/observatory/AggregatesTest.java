package fr.ouvert.procurement.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import fr.ouvert.procurement.ProcurementFixtures;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The figures of a buyer and of a supplier, on contracts whose amounts are known exactly. */
class AggregatesTest extends PlatformTest {

	@Autowired
	Aggregates aggregates;

	@Autowired
	Parties parties;

	ProcurementFixtures.Inserted inserted;

	@BeforeEach
	void insert() {
		inserted = ProcurementFixtures.insert(jdbc);
		ProcurementFixtures.raiseFlags(jdbc, inserted);
	}

	@Test
	void aBuyersTotalsKeepTheFrameworkAgreementsMaximaApart() {
		Scope buyer = Scope.buyer(inserted.buyer());
		// 120 000 (in force after its modification) + 50 000 + 80 000; the accord-cadre's 300 000 apart.
		assertThat(aggregates.totals(buyer)).isEqualTo(totals(3, "250000", 1, "300000"));
		assertThat(aggregates.years(buyer)).containsExactly(
				new Aggregates.YearTotals(2023, totals(2, "170000", 0, "0")),
				new Aggregates.YearTotals(2024, totals(1, "80000", 1, "300000")));
		assertThat(aggregates.procedures(buyer)).extracting(Aggregates.Share::key, Aggregates.Share::contracts)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Procédure adaptée", 2L),
					org.assertj.core.groups.Tuple.tuple("Appel d'offres ouvert", 2L));
		assertThat(aggregates.cpvDivisions(buyer)).extracting(Aggregates.Share::key).containsExactly("45", "71");
		// A contract with two holders counts in full for each: T has 50 000 + 80 000, S has 120 000 + 50 000.
		assertThat(aggregates.suppliers(buyer)).extracting(Aggregates.Share::key, s -> s.amount().intValueExact())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(inserted.supplier(), 170000),
					org.assertj.core.groups.Tuple.tuple(inserted.otherSupplier(), 130000),
					org.assertj.core.groups.Tuple.tuple(inserted.otherEstablishment(), 0));
		assertThat(aggregates.contractFlags(buyer)).containsExactly(new Aggregates.FlagCount("single-offer", 1),
				new Aggregates.FlagCount("value-increase", 1));
		assertThat(parties.buyerFlags(inserted.buyer()))
			.containsExactly(new Parties.PartyFlag("single-offer-rate", 2023, new BigDecimal("0.5"), 2));
	}

	@Test
	void aSupplierBySiretOrBySirenForAllItsEstablishments() {
		assertThat(aggregates.totals(Scope.supplier(inserted.supplier()))).isEqualTo(totals(2, "170000", 0, "0"));
		assertThat(aggregates.totals(Scope.supplier(inserted.supplierSiren()))).isEqualTo(totals(2, "170000", 1, "300000"));
		assertThat(parties.supplierEstablishments(inserted.supplierSiren())).extracting(Parties.Establishment::identifier)
			.containsExactly(inserted.supplier(), inserted.otherEstablishment());
		assertThat(aggregates.buyers(Scope.supplier(inserted.supplier()))).singleElement()
			.satisfies(b -> assertThat(b.key()).isEqualTo(inserted.buyer()))
			.satisfies(b -> assertThat(b.label()).isEqualTo(inserted.buyerName()))
			.satisfies(b -> assertThat(b.contracts()).isEqualTo(2));
		assertThat(parties.supplierFlags(inserted.supplier()))
			.containsExactly(new Parties.PartyFlag("heterogeneous-supplier", null, new BigDecimal("3"), null));
		assertThat(parties.supplierName(inserted.supplierSiren())).isPresent();
	}

	@Test
	void theTotalsOfADepartementCountItsContractsOnce() {
		Aggregates.Totals before = aggregates.totals(Scope.departements(java.util.List.of("35")));
		ProcurementFixtures.insert(jdbc);
		Aggregates.Totals after = aggregates.totals(Scope.departements(java.util.List.of("35")));
		assertThat(after.contracts() - before.contracts()).isEqualTo(3);
		assertThat(after.amount().subtract(before.amount())).isEqualByComparingTo("250000");
		assertThat(after.frameworkContracts()).isEqualTo(before.frameworkContracts());
	}

	private static Aggregates.Totals totals(long contracts, String amount, long framework, String frameworkAmount) {
		return new Aggregates.Totals(contracts, new BigDecimal(amount), framework, new BigDecimal(frameworkAmount));
	}
}
