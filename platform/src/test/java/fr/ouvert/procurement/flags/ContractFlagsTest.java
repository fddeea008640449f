package fr.ouvert.procurement.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Each contract flag on contracts just on either side of its threshold. */
class ContractFlagsTest extends PlatformTest {

	@Autowired
	RedFlagComputation computation;

	StoreRows store;

	@BeforeEach
	void emptyStore() {
		store = new StoreRows(jdbc);
		store.clear();
	}

	@Test
	void singleOfferInACompetitiveProcedure() {
		long single = store.contract().offers(1).insert();
		long two = store.contract().offers(2).insert();
		long mapa = store.contract().procedure(StoreRows.MAPA).offers(1).insert();
		long withoutCall = store.contract().procedure(StoreRows.WITHOUT_CALL).offers(1).insert();
		long negotiated = store.contract().procedure("Procédure avec négociation").offers(1).insert();
		computation.recompute();
		assertThat(raised("single-offer")).containsExactlyInAnyOrder(single, negotiated).doesNotContain(two, mapa,
				withoutCall);
		assertThat(value(single, "single-offer")).isEqualByComparingTo("1");
	}

	@Test
	void singleOfferCountsProceduresAdapteesWhenConfiguredSo() {
		long mapa = store.contract().procedure(StoreRows.MAPA).offers(1).insert();
		computation.recompute(Thresholds.with("mapa-competitive", "true"));
		assertThat(raised("single-offer")).containsExactly(mapa);
	}

	@Test
	void nonCompetitiveAwardsFromTheEuThresholdInForce() {
		long atOther = store.contract().procedure(StoreRows.WITHOUT_CALL).amount("221000").insert();
		long belowOther = store.contract().procedure(StoreRows.WITHOUT_CALL).amount("220999").insert();
		long state = store.contract().buyer("11004601800013").procedure(StoreRows.WITHOUT_CALL).amount("143000").insert();
		long belowState = store.contract().buyer("11004601800013").procedure(StoreRows.WITHOUT_CALL).amount("142999").insert();
		long works = store.contract().cpv("45233140").procedure(StoreRows.WITHOUT_CALL).amount("5538000").insert();
		long belowWorks = store.contract().cpv("45233140").procedure(StoreRows.WITHOUT_CALL).amount("5537999").insert();
		// In 2021 the threshold for other buyers was 214 000 €.
		long in2021 = store.contract().notified(LocalDate.of(2021, 6, 1)).procedure(StoreRows.WITHOUT_CALL)
			.amount("214000").insert();
		long open = store.contract().amount("900000").insert();
		computation.recompute();
		assertThat(raised("non-competitive-above-threshold")).containsExactlyInAnyOrder(atOther, state, works, in2021)
			.doesNotContain(belowOther, belowState, belowWorks, open);
		assertThat(value(works, "non-competitive-above-threshold")).isEqualByComparingTo("1");
	}

	@Test
	void valueIncreaseAboveTenPercentForSuppliesAndFifteenForWorks() {
		long suppliesAt = store.contract().amount("100000").modified(1, "110000", null).insert();
		long suppliesAbove = store.contract().amount("100000").modified(1, "110001", null).insert();
		long worksAt = store.contract().cpv("45000000").amount("100000").modified(1, "115000", null).insert();
		long worksAbove = store.contract().cpv("45000000").amount("100000").modified(1, "115001", null).insert();
		long halfAt = store.contract().amount("100000").modified(2, "150000", null).insert();
		long halfAbove = store.contract().amount("100000").modified(2, "150001", null).insert();
		computation.recompute();
		assertThat(raised("value-increase")).containsExactlyInAnyOrder(suppliesAbove, worksAbove, halfAt, halfAbove)
			.doesNotContain(suppliesAt, worksAt);
		assertThat(value(worksAbove, "value-increase")).isEqualByComparingTo("0.1500");
		assertThat(raised("value-increase-50")).containsExactly(halfAbove);
	}

	@Test
	void valueIncreaseOfAConcessionAboveTenPercentAndOfAnUnknownCategoryAboveFifteen() {
		long concessionAt = store.contract().concession().amount("100000").modified(1, "110000", null).insert();
		long concessionAbove = store.contract().concession().amount("100000").modified(1, "110001", null).insert();
		long unknownAt = store.contract().cpv(null).amount("100000").modified(1, "115000", null).insert();
		long unknownAbove = store.contract().cpv(null).amount("100000").modified(1, "115001", null).insert();
		computation.recompute();
		assertThat(raised("value-increase")).containsExactlyInAnyOrder(concessionAbove, unknownAbove)
			.doesNotContain(concessionAt, unknownAt);
	}

	@Test
	void durationExtensionByHalfOrByAYear() {
		long half = store.contract().months(12).modified(1, null, 18).insert();
		long moreThanHalf = store.contract().months(12).modified(1, null, 19).insert();
		long year = store.contract().months(36).modified(1, null, 48).insert();
		long lessThanYear = store.contract().months(36).modified(1, null, 47).insert();
		computation.recompute();
		assertThat(raised("duration-extension")).containsExactlyInAnyOrder(moreThanHalf, year)
			.doesNotContain(half, lessThanYear);
		assertThat(value(moreThanHalf, "duration-extension")).isEqualByComparingTo("7");
	}

	@Test
	void manyAmendmentsFromThree() {
		long two = store.contract().modified(2, null, null).insert();
		long three = store.contract().modified(3, null, null).insert();
		computation.recompute();
		assertThat(raised("many-amendments")).containsExactly(three).doesNotContain(two);
		assertThat(value(three, "many-amendments")).isEqualByComparingTo("3");
	}

	@Test
	void earlyAmendmentRaisingTheValueWithinNinetyDays() {
		LocalDate notified = LocalDate.of(2024, 1, 1);
		long early = store.contract().notified(notified).modified(1, "60000", null).insert();
		store.version(early, 1, notified.plusDays(89), new BigDecimal("60000"), "44306184100047");
		long onDay90 = store.contract().notified(notified).modified(1, "60000", null).insert();
		store.version(onDay90, 1, notified.plusDays(90), new BigDecimal("60000"), "44306184100047");
		long sameValue = store.contract().notified(notified).modified(1, null, 18).insert();
		store.version(sameValue, 1, notified.plusDays(10), new BigDecimal("50000"), "44306184100047");
		computation.recompute();
		assertThat(raised("early-amendment")).containsExactly(early).doesNotContain(onDay90, sameValue);
		assertThat(value(early, "early-amendment")).isEqualByComparingTo("89");
	}

	@Test
	void supplierSubstitutionWhenAModificationChangesTheHolders() {
		LocalDate notified = LocalDate.of(2024, 1, 1);
		long substituted = store.contract().notified(notified).modified(1, null, null).insert();
		store.version(substituted, 1, notified.plusDays(200), null, "51234567800012");
		long same = store.contract().notified(notified).modified(1, null, null).insert();
		store.version(same, 1, notified.plusDays(200), null, "44306184100047");
		long unchanged = store.contract().notified(notified).modified(1, "60000", null).insert();
		store.version(unchanged, 1, notified.plusDays(200), new BigDecimal("60000"));
		computation.recompute();
		assertThat(raised("supplier-substitution")).containsExactly(substituted).doesNotContain(same, unchanged);
	}

	@Test
	void thresholdBunchingTwiceWithinTwelveMonthsJustBelowAThreshold() {
		LocalDate first = LocalDate.of(2024, 1, 10);
		long a = store.contract().cpv("72110000").notified(first).amount("38000").insert();
		long b = store.contract().cpv("72120000").notified(first.plusDays(364)).amount("36000").insert();
		// Same pair a year and a day apart: no window of 12 months holds both.
		long c = store.contract().buyer("21750001600019").cpv("72110000").notified(first).amount("39000").insert();
		long d = store.contract().buyer("21750001600019").cpv("72110000").notified(first.plusDays(365)).amount("39000").insert();
		// Below the band [0.9·T, T) and at T itself.
		long below = store.contract().buyer("21690123100011").cpv("72110000").notified(first).amount("35999").insert();
		long at = store.contract().buyer("21690123100011").cpv("72110000").notified(first.plusDays(1)).amount("40000").insert();
		// Just below the EU threshold, twice.
		long eu1 = store.contract().buyer("21130055300016").cpv("30190000").notified(first).amount("200000").insert();
		long eu2 = store.contract().buyer("21130055300016").cpv("30191000").notified(first.plusDays(30)).amount("220000").insert();
		computation.recompute();
		assertThat(raised("threshold-bunching")).containsExactlyInAnyOrder(a, b, eu1, eu2).doesNotContain(c, d, below, at);
		assertThat(value(a, "threshold-bunching")).isEqualByComparingTo("40000");
		assertThat(value(eu1, "threshold-bunching")).isEqualByComparingTo("221000");
	}

	@Test
	void directAwardsRepeatedThreeTimesWithinTwelveMonths() {
		LocalDate first = LocalDate.of(2024, 1, 1);
		List<Long> repeated = new ArrayList<>();
		for (int day : new int[] { 0, 200, 364 }) {
			repeated.add(store.contract().procedure(StoreRows.MAPA).notified(first.plusDays(day)).insert());
		}
		List<Long> spread = new ArrayList<>();
		for (int day : new int[] { 0, 200, 365 }) {
			spread.add(store.contract().buyer("21750001600019").procedure(StoreRows.WITHOUT_CALL)
				.notified(first.plusDays(day)).insert());
		}
		long open = store.contract().buyer("21750001600019").notified(first.plusDays(100)).insert();
		computation.recompute();
		assertThat(raised("direct-award-repetition")).containsExactlyInAnyOrderElementsOf(repeated)
			.doesNotContainAnyElementsOf(spread).doesNotContain(open);
		assertThat(value(repeated.get(1), "direct-award-repetition")).isEqualByComparingTo("3");
	}

	@Test
	void latePublicationAfterSixtyTwoDays() {
		LocalDate notified = LocalDate.of(2024, 1, 1);
		long onTime = store.contract().notified(notified).published(notified.plusDays(62)).insert();
		long late = store.contract().notified(notified).published(notified.plusDays(63)).insert();
		computation.recompute();
		assertThat(raised("late-publication")).containsExactly(late).doesNotContain(onTime);
		assertThat(value(late, "late-publication")).isEqualByComparingTo("63");
	}

	@Test
	void implausibleAmounts() {
		long belowOneEuro = store.contract().amount("0.99").insert();
		long oneEuro = store.contract().amount("1").insert();
		long huge = store.contract().amount("3000000001").insert();
		long largest = store.contract().amount("3000000000").insert();
		long repeated = store.contract().amount("777777").insert();
		long shortRepeated = store.contract().amount("77777").insert();
		long sequence = store.contract().amount("1234567.89").insert();
		computation.recompute();
		assertThat(raised("implausible-amount")).containsExactlyInAnyOrder(belowOneEuro, huge, repeated, sequence)
			.doesNotContain(oneEuro, largest, shortRepeated);
	}

	@Test
	void buyerIsSupplierWhenTheyShareTheirSiren() {
		long same = store.contract().buyer("21350238800012").holders("21350238800020").insert();
		long other = store.contract().buyer("21350238800012").holders("44306184100047").insert();
		computation.recompute();
		assertThat(raised("buyer-is-supplier")).containsExactly(same).doesNotContain(other);
	}

	@Test
	void amountOutlierByRobustZScoreAmongPeers() {
		// 40 lump-sum supplies of division 30 between 10 000 and 20 000 €, and one of 5 M€.
		List<Long> peers = new ArrayList<>();
		List<Double> logs = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String amount = Integer.toString(10000 + i * 250);
			peers.add(store.contract().amount(amount).insert());
			logs.add(Math.log10(Double.parseDouble(amount)));
		}
		long outlier = store.contract().amount("5000000").insert();
		logs.add(Math.log10(5000000));
		computation.recompute();
		double median = median(logs);
		double mad = median(logs.stream().map(x -> Math.abs(x - median)).toList());
		double z = (Math.log10(5000000) - median) / mad;
		assertThat(z).isGreaterThan(4);
		assertThat(raised("amount-outlier")).containsExactly(outlier).doesNotContainAnyElementsOf(peers);
		assertThat(value(outlier, "amount-outlier").doubleValue()).isCloseTo(z, within(0.01));
	}

	@Test
	void amountOutlierNeedsEnoughPeers() {
		for (int i = 0; i < 20; i++) {
			store.contract().amount(Integer.toString(10000 + i * 250)).insert();
		}
		store.contract().amount("5000000").insert();
		computation.recompute();
		assertThat(raised("amount-outlier")).isEmpty();
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private Set<Long> raised(String code) {
		return jdbc.sql("select contract_id from procurement_flag where code = ?").param(code).query(Long.class).list()
			.stream().collect(Collectors.toSet());
	}

	private BigDecimal value(long contractId, String code) {
		return jdbc.sql("select value from procurement_flag where contract_id = ? and code = ?")
			.param(contractId).param(code).query(BigDecimal.class).single();
	}
}
