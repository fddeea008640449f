package fr.ouvert.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ouvert.testing.Accounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Organisations in udata's shape (without members) and the site's metrics. */
class OrganizationAndSiteApiTest extends CatalogApiTestSupport {

	@Test
	void organisationsAreFoundByNameWithoutAccents() throws Exception {
		JsonNode page = getJson("/api/1/organizations/?q=cour des");
		assertThat(page.get("data").findValuesAsString("slug")).contains("cour-des-comptes");
		JsonNode accents = getJson("/api/1/organizations/?q=AUTORITE");
		assertThat(accents.get("total").asLong()).isPositive();
		JsonNode paged = getJson("/api/1/organizations/?page_size=2");
		assertThat(paged.get("data").size()).isEqualTo(2);
		assertThat(paged.get("next_page").asString()).contains("page=2");
	}

	@Test
	void anOrganisationCountsItsPublicDatasetsAndShowsNoMembers() throws Exception {
		String key = keyOf(Accounts.agentOf(jdbc, "hatvp"));
		long hatvp = organisationId("hatvp");
		long before = getJson("/api/1/organizations/hatvp/").get("metrics").get("datasets").asLong();
		createDataset(key, "{\"title\": \"Répertoire des représentants d'intérêts\", \"organization\": \"%d\"}".formatted(hatvp));
		createDataset(key, "{\"title\": \"Brouillon\", \"organization\": \"%d\", \"private\": true}".formatted(hatvp));
		JsonNode organisation = getJson("/api/1/organizations/" + hatvp + "/");
		assertThat(organisation.get("slug").asString()).isEqualTo("hatvp");
		assertThat(organisation.get("metrics").get("datasets").asLong()).isEqualTo(before + 1);
		assertThat(organisation.has("members")).isFalse();
		assertThat(organisation.get("badges").get(0).get("kind").asString()).isEqualTo("public-service");
		assertThat(organisation.get("uri").asString()).isEqualTo("http://localhost:8080/api/1/organizations/hatvp/");
		JsonNode datasets = getJson("/api/1/organizations/hatvp/datasets/?page_size=100");
		assertThat(datasets.get("total").asLong()).isEqualTo(before + 1);
		assertThat(datasets.get("data").findValuesAsString("title")).contains("Répertoire des représentants d'intérêts")
			.doesNotContain("Brouillon");
	}

	@Test
	void theSiteCountsTheCatalog() throws Exception {
		JsonNode before = getJson("/api/1/site/").get("metrics");
		String key = keyOf(Accounts.agentOf(jdbc, "cour-des-comptes"));
		JsonNode dataset = createDataset(key, "{\"title\": \"Compteur\", \"organization\": \"%d\"}"
			.formatted(organisationId("cour-des-comptes")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/1/datasets/" + dataset.get("id").asString() + "/resources/")
			.header("X-API-KEY", key)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Lien\", \"url\": \"https://example.org/compteur.csv\"}"));
		JsonNode after = getJson("/api/1/site/").get("metrics");
		assertThat(after.get("datasets").asLong()).isEqualTo(before.get("datasets").asLong() + 1);
		assertThat(after.get("resources").asLong()).isEqualTo(before.get("resources").asLong() + 1);
		assertThat(after.get("organizations").asLong()).isPositive();
		assertThat(after.has("reuses")).isTrue();
	}
}
