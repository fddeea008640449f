package fr.ouvert.procurement.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.procurement.ProcurementFixtures;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Each filter of the contract search, its two orders, its cap and its errors. */
class ContractSearchTest extends PlatformTest {

	@Autowired
	ContractSearch search;

	ProcurementFixtures.Inserted inserted;

	@BeforeEach
	void insert() {
		inserted = ProcurementFixtures.insert(jdbc);
	}

	@Test
	void filtersByBuyerSupplierCpvProcedureNatureAmountDatesAndPlace() {
		assertThat(ids(filters(inserted.buyer(), null, null, null, null, null, null, null, null, null, null)))
			.containsExactly(inserted.services(), inserted.framework(), inserted.shared(), inserted.modified());
		assertThat(ids(filters(inserted.buyer().substring(0, 9), null, null, null, null, null, null, null, null, null, null)))
			.hasSize(4);
		assertThat(ids(filters("Testville " + inserted.marker(), null, null, null, null, null, null, null, null, null, null)))
			.hasSize(4);
		assertThat(ids(filters(null, inserted.supplier(), null, null, null, null, null, null, null, null, null)))
			.containsExactly(inserted.shared(), inserted.modified());
		assertThat(ids(filters(null, inserted.supplierSiren(), null, null, null, null, null, null, null, null, null)))
			.containsExactly(inserted.framework(), inserted.shared(), inserted.modified());
		assertThat(ids(filters(null, "armoricains " + inserted.marker(), null, null, null, null, null, null, null, null, null)))
			.containsExactly(inserted.framework(), inserted.shared(), inserted.modified());
		assertThat(ids(filters(inserted.buyer(), null, "4521", null, null, null, null, null, null, null, null)))
			.containsExactly(inserted.modified());
		assertThat(ids(filters(inserted.buyer(), null, null, "procédure adaptée", null, null, null, null, null, null, null)))
			.containsExactly(inserted.services(), inserted.modified());
		assertThat(ids(filters(inserted.buyer(), null, null, null, "Accord-cadre", null, null, null, null, null, null)))
			.containsExactly(inserted.framework());
		// The amount in force counts: the modified contract went from 100 000 to 120 000.
		assertThat(ids(filters(inserted.buyer(), null, null, null, null, "110000", "200000", null, null, null, null)))
			.containsExactly(inserted.modified());
		assertThat(ids(filters(inserted.buyer(), null, null, null, null, null, null, "2023-06-01", "2024-02-10", null, null)))
			.containsExactly(inserted.framework(), inserted.shared());
		assertThat(ids(filters(inserted.buyer(), null, null, null, null, null, null, null, null, "29", null)))
			.containsExactly(inserted.framework());
		assertThat(ids(filters(inserted.buyer(), null, null, null, null, null, null, null, null, null, "amount")))
			.containsExactly(inserted.framework(), inserted.modified(), inserted.services(), inserted.shared());
	}

	@Test
	void aResultCarriesItsHoldersAndItsAmountInForce() {
		ContractSummary modified = search.search(filters(null, inserted.supplier(), "4521", null, null, null, null, null,
				null, null, null), PageRequest.of(1, 20)).contracts().get(0);
		assertThat(modified.initialAmount()).isEqualByComparingTo("100000");
		assertThat(modified.amount()).isEqualByComparingTo("120000");
		assertThat(modified.notified()).isEqualTo(LocalDate.of(2023, 3, 15));
		assertThat(modified.holders()).containsExactly(
				new ContractSummary.Holder(inserted.supplier(), "SIRET", inserted.supplierName()));
		assertThat(modified.frameworkAgreement()).isFalse();
	}

	@Test
	void theExportStreamsEveryMatchingContract() {
		List<Long> streamed = new ArrayList<>();
		search.forEach(filters(inserted.buyer(), null, null, null, null, null, null, null, null, null, null),
				c -> streamed.add(c.id()));
		assertThat(streamed).containsExactly(inserted.services(), inserted.framework(), inserted.shared(), inserted.modified());
	}

	@Test
	void badValuesAreRefusedWithTheirParameter() {
		assertThatThrownBy(() -> filters("ab", null, null, null, null, null, null, null, null, null, null))
			.isInstanceOf(BadRequestException.class).extracting("field").isEqualTo("buyer");
		assertThatThrownBy(() -> filters(null, null, "45x", null, null, null, null, null, null, null, null))
			.isInstanceOf(BadRequestException.class).extracting("field").isEqualTo("cpv");
		assertThatThrownBy(() -> filters(null, null, null, null, null, "beaucoup", null, null, null, null, null))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("beaucoup").extracting("field").isEqualTo("amount_min");
		assertThatThrownBy(() -> filters(null, null, null, null, null, null, null, "15/03/2023", null, null, null))
			.isInstanceOf(BadRequestException.class).extracting("field").isEqualTo("from");
		assertThatThrownBy(() -> filters(null, null, null, null, null, null, null, null, null, "999x", null))
			.isInstanceOf(BadRequestException.class).extracting("field").isEqualTo("departement");
		assertThatThrownBy(() -> filters(null, null, null, null, null, null, null, null, null, null, "title"))
			.isInstanceOf(BadRequestException.class).extracting("field").isEqualTo("sort");
		assertThatThrownBy(() -> search.search(ContractFilters.none(), PageRequest.of(501, 20)))
			.isInstanceOf(BadRequestException.class).extracting("field").isEqualTo("page");
		assertThat(new ContractFilters(null, null, null, null, null, BigDecimal.ONE, BigDecimal.TEN, null, null, null, null)
			.parameters()).containsOnlyKeys("amount_min", "amount_max");
	}

	private List<Long> ids(ContractFilters filters) {
		return search.search(filters, PageRequest.of(1, 20)).contracts().stream().map(ContractSummary::id).toList();
	}

	private static ContractFilters filters(String buyer, String supplier, String cpv, String procedure, String nature,
			String amountMin, String amountMax, String from, String to, String departement, String sort) {
		return ContractFilters.parse(buyer, supplier, cpv, procedure, nature, amountMin, amountMax, from, to, departement,
				sort);
	}
}
