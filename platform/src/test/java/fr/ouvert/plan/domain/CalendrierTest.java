package fr.ouvert.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every calendar wording of the plan, with the deadline it gives (the rules are in Calendrier's comment). */
class CalendrierTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			S2 2018 | 2018-12-31
			S1 2018 | 2018-06-30
			S1 2019 | 2019-06-30
			S2 2019 | 2019-12-31
			2018 | 2018-12-31
			2019 | 2019-12-31
			2020 | 2020-12-31
			S1 et S2 2018 | 2018-12-31
			S1 ou S2 2018 | 2018-12-31
			Fin 2018 | 2018-12-31
			Fin 2020 | 2020-12-31
			Début 2018 | 2018-03-31
			Mi-2019 | 2019-06-30
			2018 ou 2019 | 2019-12-31
			2017 - 2018 | 2018-12-31
			2017 - 2019 | 2019-12-31
			2018 - 2019 | 2019-12-31
			2018-2019 | 2019-12-31
			2018 - 2022 | 2022-12-31
			2018-2020 | 2020-12-31
			2018-2020 et en continu | 2020-12-31
			2018 et en continu | 2018-12-31
			2019 et en continu | 2019-12-31
			S1 2018 et en continu | 2018-06-30
			2019 et au-delà | 2019-12-31
			En continu 2018 - 2020 | 2020-12-31
			Travaux en continu jusqu'à fin 2020 | 2020-12-31
			2ème open lab S1 2018 Travaux en continu jusqu'à fin 2019 | 2019-12-31
			Décembre 2017 à décembre 2020 | 2020-12-31
			Mars 2017 à septembre 2018 | 2018-09-30
			De janvier 2017 à janvier 2018 | 2018-01-31
			De l'été 2017 à fin 2018 | 2018-12-31
			Avril 2018 | 2018-04-30
			Mars 2018 | 2018-03-31
			S2 2018 - S2 2019 | 2019-12-31
			S2 2018 – S1 2019 | 2019-06-30
			Programme d'actions 2015 - 2030 | 2030-12-31
			2 ans pour un premier environnement opérationnel complet (amélioration continue par la suite) | 2019-12-31
			5 ans | 2022-12-31
			""")
	void readsTheEndOfTheLatestPeriod(String calendar, LocalDate deadline) {
		assertThat(Calendrier.deadline(calendar)).contains(deadline);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Continu", "continu", "En continu", "-", "", "À partir de janvier 2018", "A partir de S2 2018",
			"à partir de 2018" })
	void continuousAndOpenEndedCalendarsHaveNoDeadline(String calendar) {
		assertThat(Calendrier.deadline(calendar)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bientôt", "Quand ce sera prêt" })
	void refusesAWordingWithoutRule(String calendar) {
		assertThatIllegalArgumentException().isThrownBy(() -> Calendrier.deadline(calendar))
			.withMessage("No rule reads the calendar \"" + calendar + "\"");
	}
}
