package fr.ouvert.catalog.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchNameTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Saint-Étienne|saint etienne", "SAINT ÉTIENNE|saint etienne",
			"  saint--etienne |saint etienne", "L'Haÿ-les-Roses|l hay les roses", "Œuilly|oeuilly",
			"Île-de-France|ile de france", "CC Faucigny - Glières|cc faucigny glieres", "2A|2a", "« — »|''" })
	void namesAreComparedWithoutCaseAccentsOrPunctuation(String name, String searchName) {
		assertThat(SearchName.of(name)).isEqualTo(searchName);
	}
}
