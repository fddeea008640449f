package fr.ouvert.integrity.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

	@Test
	void namesCompareWithoutAccentsCaseOrPunctuation() {
		assertThat(NameKeys.of("Crédit Agricole S.A.")).isEqualTo("CREDIT AGRICOLE S A");
		assertThat(NameKeys.of("  l'Oréal ")).isEqualTo("L OREAL");
		assertThat(NameKeys.person("Le Pen", "Jean-Marie")).isEqualTo("LE PEN|JEAN MARIE");
		assertThat(NameKeys.slug("CHEKHEMANI", "Abdel Kader")).isEqualTo("chekhemani-abdel-kader");
	}

	@Test
	void sirensAreTakenOnlyAfterTheirName() {
		assertThat(NameKeys.sirens("SARL X, SIREN 552 100 554, capital 1 000 000 000")).containsExactly("552100554");
		assertThat(NameKeys.sirens("siret : 55210055400013")).containsExactly("552100554");
		assertThat(NameKeys.sirens("RCS Paris 552100554 et RCS Paris 552 100 554")).containsExactly("552100554");
		// Bare 9-digit numbers are amounts, not companies.
		assertThat(NameKeys.sirens("Évaluation 552100554 €")).isEmpty();
		assertThat(NameKeys.sirens(null)).isEmpty();
	}
}
