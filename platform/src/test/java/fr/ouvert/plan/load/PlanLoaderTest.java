package fr.ouvert.plan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;

import fr.ouvert.kernel.cli.Progress;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/** The plan file loaded at start: its structure, idempotence, and refusal of a bad file. */
class PlanLoaderTest extends PlatformTest {

	@Autowired
	PlanLoader loader;

	@Test
	void thePlanHasFiveSectionsAndTwentyOneCommitments() {
		assertThat(jdbc.sql("select count(*) from plan_section").query(Integer.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from plan_commitment").query(Integer.class).single()).isEqualTo(21);
		assertThat(jdbc.sql("select array_agg(number order by number) from plan_commitment").query((rs, n) -> (Integer[]) rs.getArray(1).getArray()).single())
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21);
	}

	@Test
	void everyRoadmapRowIsAnActionWithItsCalendarAsWritten() {
		record Row(String id, String text, String calendar, java.time.LocalDate deadline) {
		}
		Row orcid = jdbc.sql("select id, text, calendar, deadline from plan_action where commitment = 18 and text like 'Adhésion nationale à ORCID%'")
			.query(Row.class).single();
		assertThat(orcid.calendar()).isEqualTo("2018 ou 2019");
		assertThat(orcid.deadline()).isEqualTo("2019-12-31");
		Row summit = jdbc.sql("select id, text, calendar, deadline from plan_action where commitment = 14 and text like 'Organiser dès 2018 un sommet international%'")
			.query(Row.class).single();
		assertThat(summit.calendar()).isEqualTo("S2 2018");
		assertThat(summit.deadline()).isEqualTo("2018-12-31");
		assertThat(jdbc.sql("select count(*) from plan_action where kind = 'roadmap'").query(Integer.class).single()).isEqualTo(85);
	}

	@Test
	void ministrySpecificEngagementsAreActionsOfTheirMinistry() {
		assertThat(jdbc.sql("select count(*) from plan_action where kind = 'ministry'").query(Integer.class).single()).isEqualTo(46);
		assertThat(jdbc.sql("""
				select array_agg(institution order by institution) from plan_action_institution where action_id = '5.M2'""")
			.query((rs, n) -> (String[]) rs.getArray(1).getArray()).single())
			.containsExactly("ministere-cohesion-territoires", "ministere-transition-ecologique");
		assertThat(jdbc.sql("select count(*) from plan_action where kind = 'ministry' and calendar is null and deadline is null")
			.query(Integer.class).single()).isEqualTo(40);
	}

	@Test
	void institutionsBecomeOrganisationsOfTheDirectory() {
		assertThat(jdbc.sql("""
				select o.name from plan_institution i join account_organisation o on o.id = i.organisation_id
				where i.slug = 'cour-des-comptes'""").query(String.class).single()).isEqualTo("Cour des comptes");
		assertThat(jdbc.sql("select institution from plan_commitment_carrier where commitment = 20").query(String.class).list())
			.containsExactly("hatvp");
	}

	@Test
	void loadingTheSameFileAgainChangesNothing() {
		long auditBefore = jdbc.sql("select count(*) from kernel_audit_entry").query(Long.class).single();
		PlanLoader.Outcome outcome = loader.loadBundledPlan(Progress.silent());
		assertThat(outcome.unchanged()).isTrue();
		assertThat(jdbc.sql("select count(*) from kernel_audit_entry").query(Long.class).single()).isEqualTo(auditBefore);
	}

	@Test
	void aBadFileIsRefusedWholeWithEveryProblemLocated() {
		long actionsBefore = jdbc.sql("select count(*) from plan_action").query(Long.class).single();
		String yaml = """
				title: "Plan de test"
				period: "2018-2020"
				institutions:
				  - {slug: cour-des-comptes, name: "Cour des comptes", acronym: null, kind: jurisdiction}
				sections:
				  - {number: 5, title: "Juridictions", subsections: []}
				ogp_principles:
				  - {code: transparence, label: "Transparence"}
				commitments:
				  - number: 99
				    section: 5
				    subsection: null
				    title: "Un engagement de test"
				    carrying_institutions: [cour-des-comptes, inconnue]
				    carrying_institutions_text: "Cour des comptes"
				    other_actors: []
				    continuity: new
				    continuity_text: "Nouvel engagement"
				    extends_2015_2017: []
				    ogp_principles: [transparence]
				    ogp_principles_text: "Transparence"
				    stakes: "Enjeux"
				    ambitions: "Ambitions"
				    actions:
				      - {id: "99.1", text: "Première action", details: [], calendar: "S2 2018"}
				      - {id: "99.2", text: "Seconde action", details: [], calendar: "Bientôt"}
				""";
		ByteArrayResource file = new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "plan-de-test.yaml";
			}
		};
		assertThatExceptionOfType(PlanFileException.class).isThrownBy(() -> loader.load(file, Progress.silent()))
			.satisfies(e -> assertThat(e.problems()).containsExactly(
					"commitment 99, field carrying_institutions: unknown institution inconnue",
					"commitment 99, action 99.2, field calendar: No rule reads the calendar \"Bientôt\""))
			.withMessageStartingWith("plan-de-test.yaml: 2 problem(s)");
		assertThat(jdbc.sql("select count(*) from plan_commitment where number = 99").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from plan_action").query(Long.class).single()).isEqualTo(actionsBefore);
	}
}
