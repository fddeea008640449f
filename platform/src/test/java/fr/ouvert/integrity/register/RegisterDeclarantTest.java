package fr.ouvert.integrity.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The declarant's side: registering an organisation, amending it (a new version each time something changed), filing
 * a report after its deadline (late, on the page, in the API and in the search); and who may do what, role by role.
 */
class RegisterDeclarantTest extends PlatformTest {

	@Test
	void aSignedInPersonRegistersAnOrganisationAmendsItAndFilesALateReport() throws Exception {
		MockHttpSession declarant = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		String siren = RegisterFixtures.siren();
		String marker = "Déclarée " + siren;
		long id = register(declarant, siren, marker);
		String page = mvc.perform(get("/representants-interets/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(marker).contains("Première inscription").contains("Jeanne DUPONT");
		assertThat(page).as("a SIREN links to contracts and declarations").contains("Liens par le SIREN " + siren)
			.contains("Aucun marché public de ce SIREN").contains("Aucune déclaration d'intérêts ne mentionne l'organisation");

		MockHttpServletResponse amended = mvc.perform(identityForm(post("/representants-interets/" + id + "/modifier"), siren,
				marker + " renommée").session(declarant)).andReturn().getResponse();
		assertThat(amended.getRedirectedUrl()).isEqualTo("/representants-interets/" + id);
		assertThat(jdbc.sql("select array_to_string(changed_fields, ',') from integrity_representative_version"
				+ " where representative_id = ? and version = 2").param(id).query(String.class).single()).isEqualTo("denomination");
		mvc.perform(identityForm(post("/representants-interets/" + id + "/modifier"), siren, marker + " renommée").session(declarant));
		assertThat(jdbc.sql("select version from integrity_representative where id = ?").param(id).query(Integer.class).single())
			.as("an unchanged form writes no version").isEqualTo(2);

		MockHttpServletResponse filed = mvc.perform(reportForm(post("/representants-interets/" + id + "/rapports"), "2024-01-01",
				"2024-12-31").session(declarant)).andReturn().getResponse();
		assertThat(filed.getRedirectedUrl()).startsWith("/representants-interets/" + id + "#rapport-");
		page = mvc.perform(get("/representants-interets/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-status=\"late\"").contains("Rapport en retard").contains("31 mars 2025");
		String api = mvc.perform(get("/api/1/integrity/register/representatives/" + id)).andReturn().getResponse()
			.getContentAsString();
		assertThat(api).contains("\"status\":\"late\"").contains("\"deadline\":\"2025-03-31\"").contains("\"late_reports\":1");
		String search = mvc.perform(get("/api/1/integrity/register/representatives").param("q", siren).param("statut", "late"))
			.andReturn().getResponse().getContentAsString();
		assertThat(search).contains("\"total\":1").contains("\"late_reports\":true");
	}

	@Test
	void aFormWithAWrongSirenIsRefusedSayingWhy() throws Exception {
		MockHttpSession declarant = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		MockHttpServletResponse response = mvc.perform(identityForm(post("/representants-interets"), "123456788", "Mauvais SIREN")
			.session(declarant)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("Un SIREN a 9 chiffres et une clé de contrôle valide.");
	}

	@Test
	void onlyItsDeclarantsAndTheAdministratorsMayEditARepresentative() throws Exception {
		MockHttpSession declarant = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		String siren = RegisterFixtures.siren();
		long id = register(declarant, siren, "Matrice " + siren);
		mvc.perform(reportForm(post("/representants-interets/" + id + "/rapports"), "2025-01-01", "2025-12-31").session(declarant));
		long exercise = jdbc.sql("select id from integrity_exercise where representative_id = ?").param(id).query(Long.class).single();

		Map<String, MockHttpSession> roles = new LinkedHashMap<>();
		roles.put("anonymous", null);
		roles.put("other citizen", Sessions.signIn(mvc, Accounts.citizen(jdbc)));
		roles.put("agent", Sessions.signIn(mvc, Accounts.agentOf(jdbc, "hatvp")));
		roles.put("moderator", Sessions.signIn(mvc, Accounts.moderator(jdbc)));
		roles.put("declarant", declarant);
		roles.put("admin", Sessions.signIn(mvc, Accounts.admin(jdbc)));
		Map<String, String> expected = Map.of("anonymous", "sign-in", "other citizen", "forbidden", "agent", "forbidden",
				"moderator", "forbidden", "declarant", "allowed", "admin", "allowed");

		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, MockHttpSession> role : roles.entrySet()) {
			List<MockHttpServletRequestBuilder> requests = List.of(get("/representants-interets/" + id + "/modifier"),
					identityForm(post("/representants-interets/" + id + "/modifier"), siren, "Matrice " + siren),
					get("/representants-interets/" + id + "/rapports/nouveau"),
					reportForm(post("/representants-interets/" + id + "/rapports"), "2030-01-01", "2030-12-31"),
					get("/representants-interets/rapports/" + exercise + "/activites/nouvelle"),
					activityForm(post("/representants-interets/rapports/" + exercise + "/activites")));
			for (MockHttpServletRequestBuilder request : requests) {
				if (role.getValue() != null) {
					request.session(role.getValue());
				}
				MockHttpServletResponse response = mvc.perform(request.with(csrf())).andReturn().getResponse();
				String outcome = response.getStatus() == 403 ? "forbidden"
						: response.getStatus() == 302 && response.getRedirectedUrl().endsWith("/connexion") ? "sign-in" : "allowed";
				if (!outcome.equals(expected.get(role.getKey()))) {
					failures.add(role.getKey() + " " + request.buildRequest(new org.springframework.mock.web.MockServletContext())
						.getRequestURI() + ": " + outcome + " (" + response.getStatus() + ")");
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(jdbc.sql("select count(*) from integrity_activity where exercise_id = ?").param(exercise).query(Long.class)
			.single()).as("the first activity, then one added by the declarant and one by the administrator").isEqualTo(3);
	}

	private long register(MockHttpSession declarant, String siren, String denomination) throws Exception {
		MockHttpServletResponse response = mvc.perform(identityForm(post("/representants-interets"), siren, denomination)
			.session(declarant)).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).as(response.getContentAsString()).startsWith("/representants-interets/");
		return Long.parseLong(response.getRedirectedUrl().substring("/representants-interets/".length()));
	}

	static MockHttpServletRequestBuilder identityForm(MockHttpServletRequestBuilder request, String siren, String denomination) {
		return request.with(csrf()).param("denomination", denomination).param("nationalIdType", "SIREN")
			.param("nationalId", siren).param("category", "ASSOC").param("city", "Lyon").param("country", "France")
			.param("directors", "Jeanne DUPONT ; Présidente").param("collaborators", "Paul MARTIN ; Chargé de plaidoyer")
			.param("sectors", "SANTE").param("sectors", "ENERGIE").param("levels", "NATIONAL");
	}

	static MockHttpServletRequestBuilder reportForm(MockHttpServletRequestBuilder request, String start, String end) {
		return activityForm(request).param("start", start).param("end", end)
			.param("expenseBracket", "> = 25 000 euros et < 50 000 euros").param("staff", "2");
	}

	static MockHttpServletRequestBuilder activityForm(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).param("object", "Projet de loi sur l'énergie : amendements").param("fields", "Energie")
			.param("officialTypes", "PARLEMENTAIRE").param("decisions", "D1")
			.param("actions", "A1").param("actions", "A2")
			.param("thirdParties", "DÉCLARÉE (en propre)");
	}
}
