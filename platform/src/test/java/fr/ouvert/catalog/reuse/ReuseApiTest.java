package fr.ouvert.catalog.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import fr.ouvert.catalog.api.CatalogApiTestSupport;
import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** Reuses declared by signed-in people, listed and archived through udata's API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReuseApiTest extends CatalogApiTestSupport {

	@Autowired
	Reuses reuses;

	private JsonNode dataset;
	private JsonNode privateDataset;
	private Accounts.Account citizen;
	private String citizenKey;
	private String agentKey;

	@BeforeAll
	void publish() throws Exception {
		agentKey = keyOf(Accounts.agentOf(jdbc, "cour-des-comptes"));
		long organisation = organisationId("cour-des-comptes");
		dataset = createDataset(agentKey, "{\"title\": \"Comptes des communes\", \"organization\": \"%d\"}"
			.formatted(organisation));
		privateDataset = createDataset(agentKey, "{\"title\": \"Comptes en préparation\", \"organization\": \"%d\", \"private\": true}"
			.formatted(organisation));
		citizen = Accounts.citizen(jdbc);
		citizenKey = keyOf(citizen);
	}

	@Test
	void aCitizenDeclaresAReuseThatTheDatasetThenLists() throws Exception {
		MockHttpServletResponse created = mvc.perform(post("/api/1/reuses/").header("X-API-KEY", citizenKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "Carte des finances locales", "description": "Une carte des budgets communaux.",
					 "url": "https://carte.example.org/", "type": "visualization", "datasets": ["%s"]}"""
				.formatted(dataset.get("slug").asString())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("visualization"))
			.andExpect(jsonPath("$.owner").isEmpty())
			.andExpect(jsonPath("$.organization").isEmpty())
			.andExpect(jsonPath("$.image").isEmpty())
			.andExpect(jsonPath("$.private").value(false))
			.andExpect(jsonPath("$.datasets[0].id").value(dataset.get("id").asString()))
			.andExpect(jsonPath("$.datasets[0].page").value("http://localhost:8080/catalogue/jeux/" + dataset.get("slug").asString()))
			.andExpect(jsonPath("$.metrics.datasets").value(1))
			.andReturn().getResponse();
		JsonNode reuse = json.readTree(created.getContentAsString());
		assertThat(reuse.get("uri").asString()).isEqualTo("http://localhost:8080/api/1/reuses/" + reuse.get("slug").asString() + "/");
		assertThat(reuse.toString()).doesNotContain(citizen.email());

		mvc.perform(get("/api/1/reuses/" + reuse.get("id").asString() + "/")).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Carte des finances locales"));
		mvc.perform(get("/api/1/reuses/").param("dataset", dataset.get("id").asString()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.data[0].slug").value(reuse.get("slug").asString()));
		mvc.perform(get("/api/1/reuses/").param("dataset", dataset.get("slug").asString()).param("type", "application"))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/1/datasets/" + dataset.get("id").asString() + "/"))
			.andExpect(jsonPath("$.metrics.reuses").value(1));
		assertThat(reuses.ofDataset(UUID.fromString(dataset.get("id").asString())))
			.extracting(Reuse::title).containsExactly("Carte des finances locales");
	}

	@Test
	void aReuseIsCheckedFieldByField() throws Exception {
		mvc.perform(post("/api/1/reuses/").header("X-API-KEY", citizenKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "", "description": "x", "url": "ftp://example.org/", "type": "game",
					 "datasets": ["%s"]}""".formatted(privateDataset.get("id").asString())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").exists())
			.andExpect(jsonPath("$.errors.url").exists())
			.andExpect(jsonPath("$.errors.type[0]").value(
					"Reuse type must be api, application, idea, news_article, paper, post, visualization or hardware."))
			.andExpect(jsonPath("$.errors.datasets[0]").value("Name at least one public dataset, by its id or slug."));
		mvc.perform(post("/api/1/reuses/").header("X-API-KEY", citizenKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "Pour une autre", "description": "x", "url": "https://example.org/", "type": "idea",
					 "datasets": ["%s"], "organization": "cour-des-comptes"}""".formatted(dataset.get("id").asString())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.organization[0]").value("You may only publish for the organization you are an agent of."));
	}

	@Test
	void anAgentPublishesForItsOrganisation() throws Exception {
		mvc.perform(post("/api/1/reuses/").header("X-API-KEY", agentKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "Rapport sur les finances locales", "description": "Le rapport annuel.",
					 "url": "https://www.ccomptes.fr/", "type": "paper", "datasets": ["%s"],
					 "organization": "cour-des-comptes"}""".formatted(dataset.get("id").asString())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.organization.slug").value("cour-des-comptes"));
		mvc.perform(get("/api/1/reuses/").param("organization", "cour-des-comptes").param("type", "paper"))
			.andExpect(jsonPath("$.data[0].title").value("Rapport sur les finances locales"));
		mvc.perform(get("/api/1/organizations/cour-des-comptes/"))
			.andExpect(jsonPath("$.metrics.reuses").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
	}

	@Test
	void onlyItsAuthorOrAnAdministratorArchivesAReuse() throws Exception {
		String body = """
				{"title": "Application mobile", "description": "Consulter les comptes.", "url": "https://app.example.org/",
				 "type": "application", "datasets": ["%s"]}""".formatted(dataset.get("id").asString());
		String id = json.readTree(mvc.perform(post("/api/1/reuses/").session(Sessions.signIn(mvc, citizen)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
		mvc.perform(delete("/api/1/reuses/" + id + "/").header("X-API-KEY", keyOf(Accounts.citizen(jdbc))))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/1/reuses/" + id + "/").header("X-API-KEY", citizenKey)).andExpect(status().isNoContent());
		mvc.perform(get("/api/1/reuses/" + id + "/")).andExpect(jsonPath("$.archived").isNotEmpty());
		mvc.perform(get("/api/1/reuses/").param("dataset", dataset.get("id").asString()).param("type", "application"))
			.andExpect(jsonPath("$.total").value(0));
		assertThat(jdbc.sql("select count(*) from kernel_audit_entry where subject_id = ? and action in ('reuse.create', 'reuse.archive')")
			.param(id).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theTypesAreUdatas() throws Exception {
		mvc.perform(get("/api/1/reuses/types/"))
			.andExpect(jsonPath("$.length()").value(8))
			.andExpect(jsonPath("$[0].id").value("api"))
			.andExpect(jsonPath("$[7].id").value("hardware"));
		mvc.perform(get("/api/1/reuses/").param("type", "game")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/1/reuses/no-such-reuse/")).andExpect(status().isNotFound());
	}
}
