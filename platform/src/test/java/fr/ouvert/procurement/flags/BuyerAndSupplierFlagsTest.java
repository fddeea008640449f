package fr.ouvert.procurement.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.ouvert.procurement.ContractsImported;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The flags of a buyer's year and of a supplier: rates compared with the upper fence of the other buyers' rates,
 * concentration limits, and the recomputation when an import announces new contracts.
 */
class BuyerAndSupplierFlagsTest extends PlatformTest {

	@Autowired
	RedFlagComputation computation;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	StoreRows store;

	@BeforeEach
	void emptyStore() {
		store = new StoreRows(jdbc);
		store.clear();
	}

	@Test
	void singleOfferRateAboveTheUpperFenceOfTheYearsBuyers() {
		// Four buyers with 10 competitive contracts in 2025, of which 1, 1, 2 and 9 had a single offer.
		int[] singles = { 1, 1, 2, 9 };
		List<String> buyers = List.of("21010001100015", "21020001900017", "21030001700019", "21040001500011");
		List<Double> rates = new ArrayList<>();
		for (int b = 0; b < buyers.size(); b++) {
			for (int i = 0; i < 10; i++) {
				store.contract().buyer(buyers.get(b)).notified(LocalDate.of(2025, 1, 1).plusDays(i))
					.offers(i < singles[b] ? 1 : 3).insert();
			}
			rates.add(singles[b] / 10.0);
		}
		// Nine contracts, all with a single offer: too few to be compared.
		for (int i = 0; i < 9; i++) {
			store.contract().buyer("21050001200013").notified(LocalDate.of(2025, 2, 1)).offers(1).insert();
		}
		computation.recompute();
		double fence = upperFence(rates);
		Map<String, BigDecimal> flagged = buyerFlags("single-offer-rate", 2025);
		assertThat(flagged.keySet()).containsExactlyInAnyOrderElementsOf(
				buyers.stream().filter(b -> rates.get(buyers.indexOf(b)) > fence).toList());
		assertThat(flagged).containsOnlyKeys("21040001500011");
		assertThat(flagged.get("21040001500011")).isEqualByComparingTo("0.9");
		assertThat(jdbc.sql("""
				select contracts from procurement_buyer_flag
				where acheteur_id = '21040001500011' and code = 'single-offer-rate'""")
			.query(Integer.class).single()).isEqualTo(10);
	}

	@Test
	void nonCompetitiveShareAboveTheUpperFence() {
		// Five buyers with 10 contracts of 10 000 € in 2025, of which 0, 1, 1, 2 and 8 without a call for competition.
		int[] withoutCall = { 0, 1, 1, 2, 8 };
		List<Double> shares = new ArrayList<>();
		for (int b = 0; b < withoutCall.length; b++) {
			String buyer = "2106000%d100010".formatted(b);
			for (int i = 0; i < 10; i++) {
				store.contract().buyer(buyer).notified(LocalDate.of(2025, 3, 1))
					.procedure(i < withoutCall[b] ? StoreRows.WITHOUT_CALL : StoreRows.AOO).amount("10000").insert();
			}
			shares.add(withoutCall[b] / 10.0);
		}
		computation.recompute();
		assertThat(0.8).isGreaterThan(upperFence(shares));
		assertThat(0.2).isLessThanOrEqualTo(upperFence(shares));
		assertThat(buyerFlags("non-competitive-share", 2025)).containsOnlyKeys("21060004100010");
	}

	@Test
	void topSupplierShareAboveHalfWithFiveContracts() {
		// 60 % to one supplier over five contracts: flagged; HHI = 0.6² + 4 × 0.1² = 0.40 > 0.25: flagged.
		String concentrated = "21070001000016";
		store.contract().buyer(concentrated).amount("60000").holders("44306184100047").insert();
		for (String holder : List.of("51234567800012", "52234567800011", "53234567800010", "54234567800019")) {
			store.contract().buyer(concentrated).amount("10000").holders(holder).insert();
		}
		// Exactly half: not flagged; HHI = 0.5² + 5 × 0.1² = 0.30: flagged.
		String half = "21080001800018";
		store.contract().buyer(half).amount("50000").holders("44306184100047").insert();
		for (String holder : List.of("51234567800012", "52234567800011", "53234567800010", "54234567800019",
				"55234567800018")) {
			store.contract().buyer(half).amount("10000").holders(holder).insert();
		}
		// Five equal suppliers: share 0.2, HHI 0.2.
		String spread = "21090001600010";
		for (String holder : List.of("44306184100047", "51234567800012", "52234567800011", "53234567800010",
				"54234567800019")) {
			store.contract().buyer(spread).amount("10000").holders(holder).insert();
		}
		// Four contracts, all to one supplier: too few.
		for (int i = 0; i < 4; i++) {
			store.contract().buyer("21100001300019").amount("10000").insert();
		}
		computation.recompute();
		assertThat(buyerFlags("top-supplier-share", 2024)).containsOnlyKeys(concentrated);
		assertThat(buyerFlags("top-supplier-share", 2024).get(concentrated)).isEqualByComparingTo("0.6");
		assertThat(buyerFlags("hhi", 2024)).containsOnlyKeys(concentrated, half);
		assertThat(buyerFlags("hhi", 2024).get(concentrated)).isEqualByComparingTo("0.4");
		assertThat(buyerFlags("hhi", 2024).get(half)).isEqualByComparingTo("0.3");
	}

	@Test
	void aContractWithTwoHoldersCountsHalfForEach() {
		String buyer = "21110001100011";
		store.contract().buyer(buyer).amount("100000").holders("44306184100047", "51234567800012").insert();
		for (int i = 0; i < 4; i++) {
			store.contract().buyer(buyer).amount("25000").holders("52234567800011").insert();
		}
		computation.recompute();
		// 52… holds 100 000 of 200 000: exactly half, not above it.
		assertThat(buyerFlags("top-supplier-share", 2024)).isEmpty();
		assertThat(buyerFlags("hhi", 2024).get(buyer)).isEqualByComparingTo("0.375");
	}

	@Test
	void heterogeneousSupplierAmongSuppliersWithTwentyContracts() {
		// Four suppliers with 20 contracts in one CPV division, one with 20 contracts across 6 divisions.
		List<String> specialists = List.of("51234567800012", "52234567800011", "53234567800010", "54234567800019");
		for (String supplier : specialists) {
			for (int i = 0; i < 20; i++) {
				store.contract().holders(supplier).cpv("30190000").insert();
			}
		}
		String generalist = "44306184100047";
		for (int i = 0; i < 20; i++) {
			store.contract().holders(generalist).cpv("%02d000000".formatted(30 + i % 6)).insert();
		}
		// Twelve divisions but only 12 contracts: not compared.
		for (int i = 0; i < 12; i++) {
			store.contract().holders("55234567800018").cpv("%02d000000".formatted(30 + i)).insert();
		}
		computation.recompute();
		assertThat(supplierFlags()).containsOnlyKeys(generalist);
		assertThat(supplierFlags().get(generalist)).isEqualByComparingTo("6");
	}

	@Test
	void anImportRecomputesTheFlagsInItsTransaction() {
		long single = store.contract().offers(1).insert();
		transactions.executeWithoutResult(status -> events.publishEvent(new ContractsImported(0, 1)));
		assertThat(jdbc.sql("select count(*) from procurement_flag where contract_id = ? and code = 'single-offer'")
			.param(single).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anImportThatRolledBackLeavesTheFlagsAsTheyWere() {
		long single = store.contract().offers(1).insert();
		computation.recompute();
		store.contract().offers(1).insert();
		transactions.executeWithoutResult(status -> {
			events.publishEvent(new ContractsImported(0, 1));
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("select contract_id from procurement_flag where code = 'single-offer'").query(Long.class)
			.list()).containsExactly(single);
	}

	/** Q3 + 1.5·IQR, quartiles interpolated linearly as PostgreSQL's percentile_cont does. */
	static double upperFence(List<Double> values) {
		double q1 = quantile(values, 0.25);
		double q3 = quantile(values, 0.75);
		return q3 + 1.5 * (q3 - q1);
	}

	private static double quantile(List<Double> values, double p) {
		List<Double> sorted = values.stream().sorted().toList();
		double position = p * (sorted.size() - 1);
		int below = (int) Math.floor(position);
		int above = (int) Math.ceil(position);
		return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
	}

	private Map<String, BigDecimal> buyerFlags(String code, int year) {
		return jdbc.sql("select acheteur_id, value from procurement_buyer_flag where code = ? and year = ?")
			.param(code).param(year)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Map<String, BigDecimal> supplierFlags() {
		return jdbc.sql("select identifier, value from procurement_supplier_flag where code = 'heterogeneous-supplier'")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
