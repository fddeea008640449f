package fr.ouvert.participation.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fr.ouvert.kernel.web.Ui;
import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An agent of the Cour des comptes creates, publishes, closes a consultation and publishes its synthesis and
 * follow-ups, through the pages, with the CRPA refusals on the way. Time passing is simulated by moving the
 * consultation's dates into the past with SQL.
 */
class AgentRunsAConsultationTest extends PlatformTest {

	@Autowired
	Consultations consultations;

	private MockHttpSession agent;

	@BeforeEach
	void signIn() throws Exception {
		agent = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"));
	}

	/** A complete consultation form, opening today, lasting {@code days} days, with some fields replaced. */
	private MockHttpServletRequestBuilder complete(MockHttpServletRequestBuilder request, String slug, int days,
			String... replaced) {
		LocalDate today = LocalDate.now(Ui.ZONE);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Consultation sur les suites des rapports " + slug);
		fields.put("slug", slug);
		fields.put("theme", "Contrôle des comptes");
		fields.put("legalBasis", "L131-1");
		fields.put("context", "La Cour veut savoir comment **mieux suivre** ses recommandations.");
		fields.put("documents", "Rapport public annuel | https://www.ccomptes.fr/fr/publications | Le rapport 2019");
		fields.put("procedure", "Toute personne ayant un compte peut proposer et soutenir ; la Cour lit tout.");
		fields.put("announcedFollowUps", "Une réponse à chaque proposition retenue, dans les trois mois.");
		fields.put("opensOn", today.toString());
		fields.put("lastDay", today.plusDays(days - 1).toString());
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		request.session(agent).with(csrf()).param("contributionTypes", "proposals", "comments");
		fields.forEach(request::param);
		return request;
	}

	private String slug() {
		return "consultation-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private Document html(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
			.getContentAsString());
	}

	private void createDraft(String slug, int days) throws Exception {
		mvc.perform(complete(post("/consultations/nouvelle"), slug, days)).andExpect(status().isFound());
	}

	private Document publish(String slug, int expected) throws Exception {
		return html(post("/consultations/" + slug + "/publier").session(agent).with(csrf()), expected);
	}

	@Test
	void tenDaysAreRefusedFifteenAccepted() throws Exception {
		String slug = slug();
		createDraft(slug, 10);
		Document refused = publish(slug, 422);
		assertThat(refused.select("#erreur-lastDay").text()).isEqualTo("La consultation doit durer au moins 15 jours.");
		assertThat(refused.select("#erreurs li").eachText()).containsExactly("La consultation doit durer au moins 15 jours.");
		assertThat(phase(slug)).isEqualTo("draft");

		mvc.perform(complete(post("/consultations/" + slug + "/modifier"), slug, 15)).andExpect(status().isFound());
		mvc.perform(post("/consultations/" + slug + "/publier").session(agent).with(csrf())).andExpect(status().isFound());
		Document page = html(get("/consultations/" + slug), 200);
		assertThat(page.select("#phase [data-phase]").attr("data-phase")).isEqualTo("open");
		assertThat(page.select("#dates").text()).contains("inclus");
	}

	@Test
	void aConsultationWithoutProcedureIsNotPublished() throws Exception {
		String slug = slug();
		mvc.perform(complete(post("/consultations/nouvelle"), slug, 20, "procedure", "  "))
			.andExpect(status().isFound());
		Document refused = publish(slug, 422);
		assertThat(refused.select("#erreur-procedure").text()).startsWith("Les modalités de la consultation doivent être publiées");
		assertThat(phase(slug)).isEqualTo("draft");
	}

	@Test
	void anEmptyDraftIsRefusedWithEveryReasonAtItsField() throws Exception {
		String slug = slug();
		mvc.perform(post("/consultations/nouvelle").session(agent).with(csrf()).param("title", "Un brouillon vide " + slug)
			.param("slug", slug).param("theme", "Essai").param("legalBasis", "L132-1")).andExpect(status().isFound());
		Document refused = publish(slug, 422);
		assertThat(refused.select("#erreurs li").eachAttr("data-field")).containsExactly("replacesCommission", "opensOn",
				"lastDay", "documents", "procedure", "announcedFollowUps", "contributionTypes");
		assertThat(refused.select("#erreur-replacesCommission").text())
			.isEqualTo("Une consultation ouverte au titre de l’article L132-1 doit nommer la commission consultative qu’elle remplace.");
		assertThat(refused.select("#erreurs h2").text()).isEqualTo("Publication refusée : corrigez les points suivants");
	}

	@Test
	void badLinesAreReportedWithTheirNumber() throws Exception {
		Document form = html(complete(post("/consultations/nouvelle"), slug(), 15,
				"documents", "Rapport | https://www.ccomptes.fr\nXY | ftp://exemple.fr",
				"questions", "unique: Êtes-vous d’accord ? | Oui ; Non\nlibre: Pourquoi ?"), 422);
		assertThat(form.select("#erreur-documents").text())
			.isEqualTo("Ligne 2 : le titre d’un document doit faire entre 3 et 300 caractères.");
		assertThat(form.select("#erreur-questions").text())
			.isEqualTo("Ligne 2 : commencez par « unique: », « multiple: », « echelle 1-5: » ou « texte: ».");
	}

	@Test
	void phasesFollowTheDatesAndTheAgentsSteps() throws Exception {
		String slug = slug();
		LocalDate today = LocalDate.now(Ui.ZONE);
		mvc.perform(complete(post("/consultations/nouvelle"), slug, 15,
				"theme", "Suivi " + slug, "opensOn", today.plusDays(3).toString(), "lastDay", today.plusDays(20).toString(),
				"articles", "## Article 1\nLa Cour publie ses suites.\n\n## Article 2\nChaque année.",
				"statements", "Les recommandations sont assez suivies.\nIl faut un tableau de bord public."))
			.andExpect(status().isFound());
		assertThat(phase(slug)).isEqualTo("draft");
		publish(slug, 302);
		assertThat(phase(slug)).isEqualTo("scheduled");
		assertThat(jdbc.sql("select count(*) from participation_article a join participation_consultation c on c.id = a.consultation_id where c.slug = ?")
			.param(slug).query(Long.class).single()).isEqualTo(2);

		jdbc.sql("update participation_consultation set opens_at = now() - interval '1 day' where slug = ?").param(slug).update();
		assertThat(phase(slug)).isEqualTo("open");
		Document early = html(post("/consultations/" + slug + "/clore").session(agent).with(csrf()), 422);
		assertThat(early.select("#erreurs").text()).startsWith("La consultation ne peut être close avant la fin de son dernier jour");
		Document tooSoon = html(post("/consultations/" + slug + "/synthese/publier").session(agent).with(csrf()), 422);
		assertThat(tooSoon.select("#erreurs").text()).isEqualTo("La synthèse se rédige une fois la consultation terminée.");

		// Time passes: the consultation's 15 days are moved into the past.
		jdbc.sql("update participation_consultation set opens_at = now() - interval '20 days', closes_at = now() - interval '1 hour' where slug = ?")
			.param(slug).update();
		assertThat(phase(slug)).isEqualTo("closed");
		Document overdue = html(get("/consultations/" + slug), 200);
		assertThat(overdue.select("#synthese-en-retard").text()).contains("sa synthèse n’est pas encore publiée");
		assertThat(overdue.select("[data-overdue]").text()).isEqualTo("Synthèse en retard");
		Document overdueList = html(get("/consultations").param("statut", "overdue").param("theme", "Suivi " + slug), 200);
		assertThat(overdueList.select("#consultations li[data-slug=" + slug + "] [data-overdue]")).hasSize(1);

		mvc.perform(post("/consultations/" + slug + "/clore").session(agent).with(csrf())).andExpect(status().isFound());
		assertThat(jdbc.sql("select closed_at is not null from participation_consultation where slug = ?").param(slug)
			.query(Boolean.class).single()).isTrue();

		Document empty = html(post("/consultations/" + slug + "/synthese/publier").session(agent).with(csrf()), 422);
		assertThat(empty.select("#erreurs").text()).isEqualTo("Enregistrez d’abord une synthèse : elle ne peut être publiée vide.");
		Document noMethod = html(post("/consultations/" + slug + "/synthese/rediger").session(agent).with(csrf())
			.param("body", "Les participants demandent un tableau de bord."), 422);
		assertThat(noMethod.select("#erreur-method").text()).isEqualTo("Expliquez comment les contributions ont été analysées.");
		mvc.perform(post("/consultations/" + slug + "/synthese/rediger").session(agent).with(csrf())
			.param("body", "Les participants demandent un **tableau de bord**.").param("method", "Lecture de toutes les contributions."))
			.andExpect(status().isFound());
		Document noFollowUps = html(post("/consultations/" + slug + "/suites/publier").session(agent).with(csrf()), 422);
		assertThat(noFollowUps.select("#erreurs").text()).isEqualTo("Les suites se publient après la synthèse.");
		mvc.perform(post("/consultations/" + slug + "/synthese/publier").session(agent).with(csrf())).andExpect(status().isFound());
		assertThat(phase(slug)).isEqualTo("synthesis-published");
		assertThat(html(get("/consultations/" + slug + "/synthese"), 200).select("#synthese strong").text()).isEqualTo("tableau de bord");

		Document missing = html(post("/consultations/" + slug + "/suites/publier").session(agent).with(csrf()), 422);
		assertThat(missing.select("#erreurs").text()).isEqualTo("Enregistrez au moins une décision avant de publier les suites.");
		Document unmotivated = html(post("/consultations/" + slug + "/suites/rediger").session(agent).with(csrf())
			.param("theme", "Tableau de bord").param("decision", "rejected"), 422);
		assertThat(unmotivated.select("#erreur-explanation").text()).isEqualTo("Un rejet doit être motivé.");
		mvc.perform(post("/consultations/" + slug + "/suites/rediger").session(agent).with(csrf())
			.param("theme", "Tableau de bord").param("decision", "accepted").param("explanation", "Il sera publié en 2020."))
			.andExpect(status().isFound());
		mvc.perform(post("/consultations/" + slug + "/suites/publier").session(agent).with(csrf())).andExpect(status().isFound());
		assertThat(phase(slug)).isEqualTo("follow-ups-published");
		Document followUps = html(get("/consultations/" + slug + "/suites"), 200);
		assertThat(followUps.select("#decisions li[data-decision=accepted] h2").text()).isEqualTo("Thème : Tableau de bord");

		long id = jdbc.sql("select id from participation_consultation where slug = ?").param(slug).query(Long.class).single();
		assertThat(jdbc.sql("select action from kernel_audit_entry where subject_type = 'participation-consultation' and subject_id = ? order by id")
			.param(Long.toString(id)).query(String.class).list()).containsExactly("participation.consultation.create",
					"participation.consultation.publish", "participation.consultation.close", "participation.synthesis.save",
					"participation.synthesis.publish", "participation.follow-up.decide", "participation.follow-ups.publish");
	}

	@Test
	void anAgentOfAnotherOrganisationCannotEditNorSeeTheDraft() throws Exception {
		String slug = slug();
		createDraft(slug, 15);
		MockHttpSession other = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "hatvp"));
		mvc.perform(get("/consultations/" + slug + "/modifier").session(other)).andExpect(status().isForbidden());
		mvc.perform(complete(post("/consultations/" + slug + "/modifier"), slug, 30).session(other)).andExpect(status().isForbidden());
		mvc.perform(post("/consultations/" + slug + "/publier").session(other).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/consultations/" + slug).session(other)).andExpect(status().isNotFound());
		mvc.perform(get("/consultations/" + slug)).andExpect(status().isNotFound());
		MockHttpSession admin = Sessions.signIn(mvc, Accounts.admin(jdbc));
		mvc.perform(get("/consultations/" + slug + "/modifier").session(admin)).andExpect(status().isOk());
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		mvc.perform(get("/consultations/nouvelle").session(citizen)).andExpect(status().isForbidden());
		assertThat(phase(slug)).isEqualTo("draft");
	}

	@Test
	void theStructureIsLockedOnceOpenAndThePublishedConsultationStaysWithinTheRules() throws Exception {
		String slug = slug();
		mvc.perform(complete(post("/consultations/nouvelle"), slug, 15, "statements", "Une affirmation de départ."))
			.andExpect(status().isFound());
		publish(slug, 302);
		Document shortened = html(complete(post("/consultations/" + slug + "/modifier"), slug, 12), 422);
		assertThat(shortened.select("#erreur-lastDay").text()).isEqualTo("La consultation doit durer au moins 15 jours.");
		mvc.perform(complete(post("/consultations/" + slug + "/modifier"), slug, 30, "statements", "Une autre."))
			.andExpect(status().isFound());
		assertThat(jdbc.sql("select body from participation_statement s join participation_consultation c on c.id = s.consultation_id where c.slug = ?")
			.param(slug).query(String.class).list()).containsExactly("Une affirmation de départ.");
		Document renamed = html(complete(post("/consultations/" + slug + "/modifier"), "autre-" + slug, 30), 422);
		assertThat(renamed.select("#erreur-slug").text()).isEqualTo("L’adresse d’une consultation publiée ne change plus.");
		assertThat(jdbc.sql("""
				select after_state::json ->> 'closes_at' from kernel_audit_entry where action = 'participation.consultation.edit'
				and subject_id = (select id::text from participation_consultation where slug = ?)""")
			.param(slug).query(String.class).list()).containsExactly(
					LocalDate.now(Ui.ZONE).plusDays(30).atStartOfDay(Ui.ZONE).toInstant().toString());
	}

	private String phase(String slug) {
		Consultation consultation = consultations.findBySlug(slug).orElseThrow();
		return consultation.phase(consultations.now()).code();
	}
}
