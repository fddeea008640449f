package fr.ouvert.hatvp.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTest {

	@ParameterizedTest(name = "«{0}» reads as {1}")
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			"10 312|10312", "71 105|71105", "1 200,50|1200.50", "205.22|205.22", "60.6|60.6", "40,80|40.80",
			"2977|2977", "0|0", "1 234 567|1234567", "1.234.567|1234567", "1.234,56|1234.56", "1\u00a0200|1200",
			"0 euros|0", "1555€|1555", " 48.00 |48.00",
			// Ambiguous or not an amount: kept as text only.
			"1.200|null", "1,200|null", "néant|null", "NEANT|null", "quelques euros|null", "67188€ /annuel|null",
			"0 en 2016|null", "12 34|null", "[Données non publiées]|null", "''|null", "-5|null" })
	void readsOnlyUnambiguousAmounts(String text, String expected) {
		Amount amount = Amount.parse(text);

		assertThat(amount.text()).isEqualTo(text);
		assertThat(amount.value()).isEqualTo(expected == null ? null : new BigDecimal(expected));
	}
}
