package fr.ouvert.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.ouvert.kernel.opendata.Licence;

class LicenceGuesserTest {

	private final LicenceGuesser guesser = new LicenceGuesser();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			lov2                                                               | lov2
			Licence Ouverte Version 2.0                                        | lov2
			https://www.etalab.gouv.fr/licence-ouverte-open-licence            | lov2
			http://www.etalab.gouv.fr/licence-ouverte-open-licence/            | lov2
			etalab-2.0                                                         | lov2
			Licence Ouverte / Open Licence version 2.0                         | lov2
			Licence Ouverte Version 1.0                                        | fr-lo
			http://www.etalab.gouv.fr/pages/Licence_ouverte_Open_licence-5899923.html | fr-lo
			cc-zero                                                            | cc-zero
			http://www.opendefinition.org/licenses/cc-zero                     | cc-zero
			CC0-1.0                                                            | cc-zero
			ODbL-1.0                                                           | odc-odbl
			https://opendatacommons.org/licenses/odbl/1-0/                     | odc-odbl
			Creative Commons Attribution Share-Alike                           | cc-by-sa
			License Not Specified                                              | notspecified
			odc-pddl                                                           | other-open
			""")
	void known_spellings(String said, String id) {
		assertThat(guesser.guess(said)).map(Licence::id).contains(id);
	}

	@ParameterizedTest(name = "{0} → {1} (typo)")
	@CsvSource(delimiter = '|', textBlock = """
			Licence Ouvert Version 2.0                                         | lov2
			https://opendatacommons.org/licenses/odbl/1.0                      | odc-odbl
			Creative Commons Atribution                                        | cc-by
			Licnece Ouverte Version 2.0                                        | lov2
			""")
	void within_two_edits(String said, String id) {
		assertThat(guesser.guess(said)).map(Licence::id).contains(id);
	}

	@Test
	void unknown_or_too_far_is_not_guessed() {
		assertThat(guesser.guess("https://data.some.org/link/to/license")).isEmpty();
		assertThat(guesser.guess("Creative Commons Attribution NoDerivs")).isEmpty();
		assertThat(guesser.guess("cc-bx")).as("short ids are only matched exactly").isEmpty();
		assertThat(guesser.guess(null, "", "  ")).isEmpty();
	}

	@Test
	void the_first_value_that_names_a_licence_wins() {
		assertThat(guesser.guess("not a licence", "cc-by", "lov2")).contains(Licence.CC_BY);
	}

	@Test
	void damerau_levenshtein_counts_a_transposition_as_one_edit() {
		assertThat(LicenceGuesser.distance("licence", "licnece", Integer.MAX_VALUE)).isEqualTo(1);
		assertThat(LicenceGuesser.distance("licence", "lcence", Integer.MAX_VALUE)).isEqualTo(1);
		assertThat(LicenceGuesser.distance("licence", "licence", Integer.MAX_VALUE)).isZero();
		assertThat(Optional.of(LicenceGuesser.distance("abc", "abcdef", Integer.MAX_VALUE)))
			.as("pruned beyond two edits")
			.contains(Integer.MAX_VALUE);
	}
}
