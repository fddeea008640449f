package fr.ouvert.catalog.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Citizens file and support requests to open data; the requested organisation answers them. The
 * requests here are sent to the Cour des comptes; the HATVP is "another organisation".
 */
class CitizenFilesAndAgentAnswersDataRequestTest extends PlatformTest {

	private long organisation(String slug) {
		return jdbc.sql("select id from account_organisation where slug = ?").param(slug).query(Long.class).single();
	}

	private long file(MockHttpSession session, String title) throws Exception {
		String location = mvc.perform(post("/catalogue/demandes").session(session).with(csrf())
			.param("title", title)
			.param("description", "Pour suivre les **suites données** aux rapports, juridiction par juridiction.")
			.param("organisation", Long.toString(organisation("cour-des-comptes")))
			.param("requesterKind", "association"))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/catalogue/demandes/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder answer(long id, MockHttpSession session) {
		return post("/catalogue/demandes/" + id + "/reponse").session(session).with(csrf());
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void aFormWithErrorsIsSentBackWithOneMessagePerField() throws Exception {
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		Document form = Jsoup.parse(mvc.perform(post("/catalogue/demandes").session(citizen).with(csrf())
			.param("title", "x".repeat(201)).param("organisation", "999999999").param("requesterKind", "ministre"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString());
		assertThat(form.select("#erreur-title").text()).isEqualTo("200 caractères au plus pour l'intitulé.");
		assertThat(form.select("#erreur-description").text()).isEqualTo("Dites pourquoi vous demandez ces données.");
		assertThat(form.select("#erreur-organisation").text())
			.isEqualTo("Choisissez l'administration à laquelle vous demandez ces données.");
		assertThat(form.select("#erreur-requesterKind").text())
			.isEqualTo("Dites si vous demandez en tant que citoyen, entreprise ou association.");
		assertThat(form.select("#champ-title").val()).hasSize(201);
	}

	@Test
	void anonymousVisitorsSeeTheFormsButCannotPost() throws Exception {
		Document form = page("/catalogue/demandes/nouvelle");
		assertThat(form.select("form[action='/catalogue/demandes']")).isEmpty();
		assertThat(form.select("main a[href='/connexion']")).isNotEmpty();
		mvc.perform(post("/catalogue/demandes").with(csrf()).param("title", "Anonyme"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void aFiledRequestIsPublishedWithTheRequestersKindOnlyAndAudited() throws Exception {
		Accounts.Account requester = Accounts.citizen(jdbc);
		long id = file(Sessions.signIn(mvc, requester), "Suites données aux rapports de la Cour");

		Document detail = page("/catalogue/demandes/" + id);
		assertThat(detail.select("h1").text()).isEqualTo("Suites données aux rapports de la Cour");
		assertThat(detail.select("[data-status]").attr("data-status")).isEqualTo("submitted");
		assertThat(detail.select(".ouvert-facts dd").eachText()).contains("Cour des comptes", "Une association");
		assertThat(detail.select(".ouvert-comment__body strong").text()).isEqualTo("suites données");
		assertThat(detail.html()).doesNotContain(requester.email()).doesNotContain("Citoyen de test");

		Document list = page("/catalogue/demandes?organisation=" + organisation("cour-des-comptes") + "&status=submitted");
		assertThat(list.select("#demande-" + id + " [data-status]").attr("data-status")).isEqualTo("submitted");
		assertThat(list.select("#demande-" + id + " .fr-card__desc").text()).startsWith("Adressée à Cour des comptes · Une association");

		record Entry(Long actorId, String afterState) {
		}
		Entry entry = jdbc.sql("""
				select actor_id, after_state from kernel_audit_entry
				where subject_type = 'catalog-data-request' and subject_id = ? and action = 'catalog.data-request.file'""")
			.param(Long.toString(id)).query(Entry.class).single();
		assertThat(entry.actorId()).isEqualTo(requester.id());
		assertThat(entry.afterState()).contains("\"requester_kind\":\"association\"", "Cour des comptes");
	}

	@Test
	void aSecondSupportOfTheSameAccountIsCountedOnce() throws Exception {
		Accounts.Account first = Accounts.citizen(jdbc);
		MockHttpSession firstSession = Sessions.signIn(mvc, first);
		MockHttpSession second = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		long id = file(firstSession, "Calendrier des contrôles de la Cour");
		String support = "/catalogue/demandes/" + id + "/soutien";

		for (int i = 0; i < 2; i++) {
			mvc.perform(post(support).session(firstSession).with(csrf()))
				.andExpect(redirectedUrl("/catalogue/demandes/" + id + "#soutien"));
		}
		assertThat(supports(id)).isEqualTo("1");
		mvc.perform(post(support).session(second).with(csrf()).param("soutien", "true"));
		assertThat(supports(id)).isEqualTo("2");
		for (int i = 0; i < 2; i++) {
			mvc.perform(post(support).session(firstSession).with(csrf()).param("soutien", "false"));
		}
		assertThat(supports(id)).isEqualTo("1");
		assertThat(jdbc.sql("""
				select count(*) from kernel_audit_entry where subject_type = 'catalog-data-request' and subject_id = ?
				and action in ('catalog.data-request.support', 'catalog.data-request.unsupport')""")
			.param(Long.toString(id)).query(Long.class).single()).isEqualTo(3);

		// The database refuses a second support even if the code forgot to check.
		mvc.perform(post(support).session(firstSession).with(csrf()));
		assertThatThrownBy(() -> jdbc.sql("insert into catalog_data_request_support (request_id, account_id) values (?, ?)")
			.params(id, first.id()).update()).isInstanceOf(DuplicateKeyException.class);
	}

	private String supports(long id) throws Exception {
		return page("/catalogue/demandes/" + id).select("#soutien [data-supports]").attr("data-supports");
	}

	@Test
	void onlyTheRequestedOrganisationOrAnAdministratorAnswers() throws Exception {
		long id = file(Sessions.signIn(mvc, Accounts.citizen(jdbc)), "Données des chambres régionales");
		String tomorrow = LocalDate.now().plusDays(30).toString();
		for (MockHttpSession other : new MockHttpSession[] { Sessions.signIn(mvc, Accounts.agentOf(jdbc, "hatvp")),
				Sessions.signIn(mvc, Accounts.citizen(jdbc)), Sessions.signIn(mvc, Accounts.moderator(jdbc)) }) {
			mvc.perform(answer(id, other).param("status", "accepted").param("plannedDate", tomorrow))
				.andExpect(status().isForbidden());
		}
		assertThat(page("/catalogue/demandes/" + id).select("#repondre")).isEmpty();

		mvc.perform(answer(id, Sessions.signIn(mvc, Accounts.admin(jdbc))).param("status", "accepted")
			.param("plannedDate", tomorrow))
			.andExpect(redirectedUrl("/catalogue/demandes/" + id));
		Document detail = page("/catalogue/demandes/" + id);
		assertThat(detail.select("#reponse [data-planned-date]").attr("data-planned-date")).isEqualTo(tomorrow);
		assertThat(detail.select("#reponse .fr-text--sm").text()).startsWith("Réponse de Cour des comptes, le ");
	}

	@Test
	void theAgentAnswersEachWayAndEachAnswerIsChecked() throws Exception {
		long id = file(Sessions.signIn(mvc, Accounts.citizen(jdbc)), "Notes d'exécution budgétaire");
		MockHttpSession cour = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"));
		assertThat(Jsoup.parse(mvc.perform(get("/catalogue/demandes/" + id).session(cour)).andReturn().getResponse()
			.getContentAsString()).select("#repondre form")).hasSize(1);

		assertThat(errors(answer(id, cour).param("status", "accepted")))
			.containsExactly("Une demande acceptée doit avoir une date d'ouverture prévue (jj/mm/aaaa).");
		assertThat(errors(answer(id, cour).param("status", "accepted").param("plannedDate", "2019-01-01")))
			.containsExactly("La date d'ouverture prévue ne peut pas être passée.");
		assertThat(errors(answer(id, cour).param("status", "refused")))
			.containsExactlyInAnyOrder("Un refus doit citer son motif légal.", "Expliquez en quoi le motif s'applique à ces données.");
		assertThat(errors(answer(id, cour).param("status", "already-exists").param("existingUrl", "http://example.org/x")))
			.containsExactly("Indiquez où sont les données : une adresse en https:// ou un chemin du catalogue (/catalogue/…, /donnees/…).");
		assertThat(errors(answer(id, cour).param("status", "submitted"))).containsExactly("Choisissez une décision.");
		assertThat(page("/catalogue/demandes/" + id).select("h1 ~ .fr-badges-group [data-status]").attr("data-status"))
			.isEqualTo("submitted");

		String planned = LocalDate.now().plusMonths(6).toString();
		mvc.perform(answer(id, cour).param("status", "accepted").param("plannedDate", planned))
			.andExpect(redirectedUrl("/catalogue/demandes/" + id));
		assertThat(page("/catalogue/demandes/" + id).select("#reponse [data-planned-date]").attr("data-planned-date"))
			.isEqualTo(planned);

		mvc.perform(answer(id, cour).param("status", "refused").param("legalGround", "secret-affaires")
			.param("answer", "Ces notes contiennent des informations couvertes par le secret des affaires."))
			.andExpect(status().isFound());
		Document refused = page("/catalogue/demandes/" + id);
		assertThat(refused.select("#reponse [data-legal-ground]").text())
			.isEqualTo("Motif : Secret des affaires (article L311-6, 1° du code des relations entre le public et l'administration).");
		assertThat(refused.select("#reponse [data-planned-date]")).isEmpty();

		mvc.perform(answer(id, cour).param("status", "already-exists").param("existingUrl", "/donnees/plan-actions"))
			.andExpect(status().isFound());
		assertThat(page("/catalogue/demandes/" + id).select("#reponse a[href='/donnees/plan-actions']")).hasSize(1);
		assertThat(jdbc.sql("""
				select count(*) from kernel_audit_entry where subject_type = 'catalog-data-request' and subject_id = ?
				and action = 'catalog.data-request.answer'""").param(Long.toString(id)).query(Long.class).single()).isEqualTo(3);
	}

	private java.util.List<String> errors(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString()).select("#repondre .fr-error-text, #repondre .fr-message--error").eachText();
	}

	@Test
	void theStatusIsInTheListAndInTheExportWhichNamesNoRequester() throws Exception {
		Accounts.Account requester = Accounts.citizen(jdbc);
		MockHttpSession session = Sessions.signIn(mvc, requester);
		long id = file(session, "Effectifs des juridictions financières");
		mvc.perform(post("/catalogue/demandes/" + id + "/soutien").session(session).with(csrf()));
		String planned = LocalDate.now().plusMonths(3).toString();
		mvc.perform(answer(id, Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"))).param("status", "accepted")
			.param("plannedDate", planned).param("answer", "Publication avec le rapport annuel."))
			.andExpect(status().isFound());

		Document accepted = page("/catalogue/demandes?status=accepted&organisation=" + organisation("cour-des-comptes"));
		assertThat(accepted.select("#demande-" + id + " [data-status]").attr("data-status")).isEqualTo("accepted");
		assertThat(accepted.select("#demande-" + id + " [data-supports]").attr("data-supports")).isEqualTo("1");
		assertThat(Long.parseLong(accepted.select("[data-count=accepted]").text().replaceAll("\\D", ""))).isPositive();
		assertThat(page("/catalogue/demandes?status=submitted").select("#demande-" + id)).isEmpty();

		String csv = mvc.perform(get("/api/1/opendata/catalogue-demandes-ouverture/export.csv")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("id,title,description,organisation,requester_kind,status,"
				+ "support_count,created_at,planned_date,legal_ground,legal_ground_article,existing_url,answer,answered_at,"
				+ "answering_organisation,url");
		String line = csv.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
		assertThat(line).startsWith(id + ",Effectifs des juridictions financières,")
			.contains(",Cour des comptes,association,accepted,1,", "," + planned + ",,,,Publication avec le rapport annuel.,",
					",Cour des comptes,/catalogue/demandes/" + id);
		assertThat(csv).doesNotContain(requester.email()).doesNotContain("de test").doesNotContain("requester_id");
	}
}
