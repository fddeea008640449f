package fr.ouvert.tableschema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SIRET / SIREN vectors of catalog.md §10.3 (python-stdnum doctests, La Poste, shared examples). */
class FrenchIdentifiersTest {

	@Test
	void siretVectors() {
		assertThat(FrenchIdentifiers.isValidSiret("73282932000074")).isTrue();
		assertThat(FrenchIdentifiers.isValidSiret("73282932000079")).isFalse(); // checksum
		assertThat(FrenchIdentifiers.isValidSiret("35600000000048")).isTrue(); // La Poste head office, Luhn
		assertThat(FrenchIdentifiers.isValidSiret("80295478500028")).isFalse(); // stationnement example
		assertThat(FrenchIdentifiers.isValidSiret("52499120500")).isFalse(); // 11 digits
		assertThat(FrenchIdentifiers.isValidSiret("52499120500013")).isTrue();
	}

	@Test
	void laPosteEstablishmentsNeedADigitSumMultipleOfFiveInsteadOfLuhn() {
		// 3+5+6+0+0+0+0+0+0 + 4+9+7+1+8 = 43: not a multiple of 5
		assertThat(FrenchIdentifiers.isValidSiret("35600000049718")).isFalse();
		// 3+5+6 + 4+9+7+1+5 = 40: valid although Luhn fails on the 14 digits
		assertThat(FrenchIdentifiers.luhn("35600000049715")).isFalse();
		assertThat(FrenchIdentifiers.isValidSiret("35600000049715")).isTrue();
		// the head office is the exception to the exception: Luhn applies; its digit sum 3+5+6+4+8 = 26
		assertThat(FrenchIdentifiers.isValidSiret("35600000000049")).isFalse();
	}

	@Test
	void spacesAndDotsAreIgnoredLikeStdnumDoes() {
		assertThat(FrenchIdentifiers.isValidSiret("732 829 320 00074")).isTrue();
		assertThat(FrenchIdentifiers.isValidSiren("732.829.320")).isTrue();
		assertThat(FrenchIdentifiers.isValidSiret("7328293200007A")).isFalse();
	}

	@Test
	void sirenVectors() {
		assertThat(FrenchIdentifiers.isValidSiren("732829320")).isTrue();
		assertThat(FrenchIdentifiers.isValidSiren("732829321")).isFalse();
		assertThat(FrenchIdentifiers.isValidSiren("356000000")).isTrue();
		assertThat(FrenchIdentifiers.isValidSiren("73282932")).isFalse();
	}
}
