package fr.ouvert.catalog.spd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The service public de la donnée's page: the reference datasets of the décret, and the ministries'
 * opening calendar kept by their agents. Each test works on a ministry no other test uses.
 */
class MinistriesKeepTheirSpdCalendarTest extends PlatformTest {

	private static final String PAGE = "/catalogue/service-public-de-la-donnee";

	private Document page(String path, MockHttpSession session) throws Exception {
		var request = get(path);
		if (session != null) {
			request.session(session);
		}
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private MockHttpServletRequestBuilder add(MockHttpSession session, String title, String plannedDate) {
		return post(PAGE + "/calendrier").session(session).with(csrf()).param("title", title).param("plannedDate", plannedDate);
	}

	private long lastEntryOf(String slug) {
		return jdbc.sql("""
				select max(e.id) from catalog_spd_calendar_entry e join account_organisation o on o.id = e.organisation_id
				where o.slug = ?""").param(slug).query(Long.class).single();
	}

	@Test
	void thePageListsTheNineReferenceDatasetsOfTheDecree() throws Exception {
		Document page = page(PAGE, null);
		assertThat(page.select("#table-references tbody tr")).extracting(e -> e.attr("data-reference")).containsExactly("sirene",
				"rna", "plan-cadastral-informatise", "registre-parcellaire-graphique", "referentiel-grande-echelle",
				"base-adresse-nationale", "rome", "organisation-administrative-etat", "code-officiel-geographique");
		assertThat(page.select("tr[data-reference=sirene] td").eachText()).containsExactly(
				"spd Répertoire des entreprises et de leurs établissements (SIRENE)", "Insee", "Le lendemain de chaque jour ouvré");
		assertThat(page.select("tr[data-reference=base-adresse-nationale] td").eachText())
			.containsExactly("spd Base adresse nationale (BAN)", "—", "Hebdomadaire");
		assertThat(page.select("#ajouter")).isEmpty();
	}

	@Test
	void anAgentOfAMinistryAddsADatasetAndOpensIt() throws Exception {
		MockHttpSession culture = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "ministere-culture"));
		assertThat(page(PAGE, culture).select("#ajouter #champ-organisation option").eachText())
			.containsExactly("Ministère de la Culture");
		String planned = LocalDate.now().plusMonths(4).toString();
		mvc.perform(add(culture, "Fréquentation des musées nationaux", planned).param("startedOn", LocalDate.now().toString()))
			.andExpect(status().isFound());
		long id = lastEntryOf("ministere-culture");
		assertThat(page(PAGE, null).select("#calendrier-" + id + " [data-status]").attr("data-status")).isEqualTo("in-progress");

		MockHttpServletRequestBuilder openedWithoutAddress = post(PAGE + "/calendrier/" + id).session(culture).with(csrf())
			.param("title", "Fréquentation des musées nationaux").param("plannedDate", planned)
			.param("openedOn", LocalDate.now().toString());
		Document errors = Jsoup.parse(mvc.perform(openedWithoutAddress).andExpect(status().isUnprocessableContent()).andReturn()
			.getResponse().getContentAsString());
		assertThat(errors.select(".fr-error-text").eachText()).containsExactly("Un jeu de données ouvert doit avoir son adresse.");

		mvc.perform(post(PAGE + "/calendrier/" + id).session(culture).with(csrf())
			.param("title", "Fréquentation des musées nationaux").param("plannedDate", planned)
			.param("openedOn", LocalDate.now().toString())
			.param("datasetUrl", "https://www.data.gouv.fr/fr/datasets/frequentation-des-musees-de-france/"))
			.andExpect(status().isFound());
		Document page = page(PAGE, null);
		assertThat(page.select("#calendrier-" + id + " [data-status]").attr("data-status")).isEqualTo("opened");
		assertThat(page.select("#calendrier-" + id + " a").attr("href"))
			.isEqualTo("https://www.data.gouv.fr/fr/datasets/frequentation-des-musees-de-france/");
		assertThat(jdbc.sql("""
				select action from kernel_audit_entry where subject_type = 'catalog-spd-calendar-entry' and subject_id = ?
				order by id""").param(Long.toString(id)).query(String.class).list())
			.containsExactly("catalog.spd-calendar.create", "catalog.spd-calendar.update");
	}

	@Test
	void aPassedPlannedDateWithoutOpeningIsLateInThePageTheApiAndTheExport() throws Exception {
		MockHttpSession agriculture = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "ministere-agriculture"));
		mvc.perform(add(agriculture, "Contrôles sanitaires des abattoirs", "2019-12-31")).andExpect(status().isFound());
		long id = lastEntryOf("ministere-agriculture");
		assertThat(page(PAGE, null).select("#calendrier-" + id + " [data-status]").attr("data-status")).isEqualTo("late");
		long ministry = jdbc.sql("select id from account_organisation where slug = 'ministere-agriculture'").query(Long.class).single();
		mvc.perform(get("/api/1/spd/calendar/").param("organization", Long.toString(ministry)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.data[0].id").value(id))
			.andExpect(jsonPath("$.data[0].status").value("late"))
			.andExpect(jsonPath("$.data[0].planned_date").value("2019-12-31"))
			.andExpect(jsonPath("$.data[0].organization.name").value("Ministère de l'Agriculture et de l'Alimentation"));
		String csv = mvc.perform(get("/api/1/opendata/catalogue-calendrier-spd/export.csv")).andReturn().getResponse()
			.getContentAsString();
		assertThat(csv.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow())
			.startsWith(id + ",Ministère de l'Agriculture et de l'Alimentation,Contrôles sanitaires des abattoirs,,2019-12-31,,,late,,");
	}

	@Test
	void aMinistryHasThreeDatasetsAtMost() throws Exception {
		MockHttpSession justice = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "ministere-justice"));
		String planned = LocalDate.now().plusYears(1).toString();
		int existing = jdbc.sql("""
				select count(*) from catalog_spd_calendar_entry e join account_organisation o on o.id = e.organisation_id
				where o.slug = 'ministere-justice'""").query(Integer.class).single();
		for (int i = existing; i < 3; i++) {
			mvc.perform(add(justice, "Jeu de données " + i, planned)).andExpect(status().isFound());
		}
		Document full = Jsoup.parse(mvc.perform(add(justice, "Un de trop", planned)).andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString());
		assertThat(full.select("#erreur-organisation").text())
			.isEqualTo("Ce ministère a déjà 3 jeux de données dans son calendrier : mettez à jour l'un d'eux.");
	}

	@Test
	void othersCannotKeepAMinistrysCalendar() throws Exception {
		MockHttpSession interieur = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "ministere-interieur"));
		mvc.perform(add(interieur, "Résultats des élections", LocalDate.now().plusMonths(2).toString()))
			.andExpect(status().isFound());
		long id = lastEntryOf("ministere-interieur");
		MockHttpSession otherMinistry = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "ministere-europe-affaires-etrangeres"));
		mvc.perform(get(PAGE + "/calendrier/" + id).session(otherMinistry)).andExpect(status().isForbidden());
		mvc.perform(post(PAGE + "/calendrier/" + id).session(otherMinistry).with(csrf()).param("title", "Détourné")
			.param("plannedDate", "2030-01-01")).andExpect(status().isForbidden());
		// A jurisdiction is not a ministry: the roadmap asks for datasets "par ministère".
		mvc.perform(add(Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes")), "Arrêts", "2030-01-01"))
			.andExpect(status().isForbidden());
		mvc.perform(add(Sessions.signIn(mvc, Accounts.citizen(jdbc)), "Arrêts", "2030-01-01")).andExpect(status().isForbidden());
		assertThat(page(PAGE, null).select("#calendrier-" + id + " p.fr-text--bold").text()).isEqualTo("Résultats des élections");

		MockHttpSession admin = Sessions.signIn(mvc, Accounts.admin(jdbc));
		assertThat(page(PAGE + "/calendrier/" + id, admin).select("#champ-title").val()).isEqualTo("Résultats des élections");
	}
}
