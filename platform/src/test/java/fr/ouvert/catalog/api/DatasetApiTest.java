package fr.ouvert.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

/**
 * The read side of the udata-compatible API: shapes compared with real data.gouv.fr answers,
 * the envelope, every filter, sort and facet, French search, visibility.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetApiTest extends CatalogApiTestSupport {

	private static final String LONG_TEXT = "Horaires, lignes et arrêts du réseau départemental, mis à jour chaque mois par le "
			+ "département à partir de son système d'information voyageurs.";

	private final String tag = uniqueTag();
	private String agentKey;
	private JsonNode transports;
	private JsonNode budget;
	private JsonNode air;
	private JsonNode spd;
	private JsonNode hidden;

	@BeforeAll
	void publishDatasets() throws Exception {
		agentKey = keyOf(Accounts.agentOf(jdbc, "cour-des-comptes"));
		String adminKey = keyOf(Accounts.admin(jdbc));
		long organisation = organisationId("cour-des-comptes");
		transports = createDataset(agentKey, """
				{"title": "Transports en commun de la Creuse", "description": "%s", "organization": "%d",
				 "tags": ["%s", "mobilite"], "license": "lov2", "frequency": "monthly",
				 "temporal_coverage": {"start": "2020-01-01", "end": "2020-12-31"},
				 "spatial": {"zones": ["fr:departement:23"], "granularity": "fr:departement"}}"""
			.formatted(LONG_TEXT, organisation, tag));
		budget = createDataset(agentKey, """
				{"title": "Budget du transport scolaire", "description": "Dépenses votées.", "organization": "cour-des-comptes",
				 "tags": ["%s", "finances"], "license": "odc-odbl", "frequency": "annual",
				 "temporal_coverage": {"start": "2018-01-01", "end": "2018-12-31"},
				 "spatial": {"zones": ["fr:departement:35"], "granularity": "fr:commune"}}""".formatted(tag));
		air = createDataset(agentKey, """
				{"title": "Qualité de l'air", "description": "Mesures horaires : données des stations.",
				 "organization": "%d", "tags": ["%s"], "license": "lov2"}""".formatted(organisation, tag));
		mvc.perform(post("/api/1/datasets/" + air.get("id").asString() + "/resources/").header("X-API-KEY", agentKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "Mesures 2024", "url": "https://example.org/air/mesures-2024.csv",
					 "schema": {"name": "etalab/schema-stationnement"}, "description": "Une ligne par mesure"}"""))
			.andExpect(status().isCreated());
		spd = createDataset(adminKey, """
				{"title": "Répertoire des zonages", "organization": "%d", "tags": ["%s"], "license": "lov2",
				 "badges": [{"kind": "spd"}]}""".formatted(organisation, tag));
		hidden = createDataset(agentKey, """
				{"title": "Jeu en préparation", "organization": "%d", "tags": ["%s"], "private": true}"""
			.formatted(organisation, tag));
	}

	@Test
	void aDatasetHasEveryKeyOfDataGouvFrsAnswer() throws Exception {
		JsonNode sample = sample("/demo-data/catalog/datagouv_api1_dataset.json");
		JsonNode ours = getJson("/api/1/datasets/" + air.get("slug").asString() + "/");
		// Every key of the sample is written; none is left out.
		assertThat(keys(ours)).isEqualTo(keys(sample));
		assertThat(keys(ours.get("quality"))).isEqualTo(keys(sample.get("quality")));
		assertThat(keys(ours.get("organization"))).containsAll(keys(sample.get("organization")));
		assertThat(keys(ours.get("metrics"))).containsAll(keys(sample.get("metrics")));
		assertThat(keys(ours.get("internal"))).isEqualTo(keys(sample.get("internal")));
		JsonNode resource = ours.get("resources").get(0);
		assertThat(keys(resource)).isEqualTo(keys(sample("udata/resource.json")));
		assertThat(keys(resource)).isEqualTo(keys(sample.get("resources").get(0)));
	}

	@Test
	void aDatasetCarriesItsMetadataQualityAndLinks() throws Exception {
		JsonNode d = getJson("/api/1/datasets/" + transports.get("id").asString() + "/");
		assertThat(d.get("title").asString()).isEqualTo("Transports en commun de la Creuse");
		assertThat(d.get("slug").asString()).isEqualTo(transports.get("slug").asString());
		assertThat(d.get("license").asString()).isEqualTo("lov2");
		assertThat(d.get("frequency").asString()).isEqualTo("monthly");
		assertThat(d.get("frequency_date").isNull()).isFalse();
		assertThat(d.get("temporal_coverage").get("start").asString()).isEqualTo("2020-01-01");
		assertThat(d.get("temporal_coverage").get("end").asString()).isEqualTo("2020-12-31");
		assertThat(d.get("spatial").get("zones").get(0).asString()).isEqualTo("fr:departement:23");
		assertThat(d.get("spatial").get("granularity").asString()).isEqualTo("fr:departement");
		assertThat(d.get("spatial").get("geom").isNull()).isTrue();
		assertThat(d.get("tags").toString()).contains(tag, "mobilite");
		assertThat(d.get("private").asBoolean()).isFalse();
		assertThat(d.get("owner").isNull()).isTrue();
		assertThat(d.get("organization").get("class").asString()).isEqualTo("Organization");
		assertThat(d.get("organization").get("slug").asString()).isEqualTo("cour-des-comptes");
		assertThat(d.get("organization").get("uri").asString())
			.isEqualTo("http://localhost:8080/api/1/organizations/cour-des-comptes/");
		assertThat(d.get("page").asString()).isEqualTo("http://localhost:8080/catalogue/jeux/" + d.get("slug").asString());
		assertThat(d.get("uri").asString())
			.isEqualTo("http://localhost:8080/api/1/datasets/" + d.get("slug").asString() + "/");
		// Description, licence, frequency set and in time, temporal and spatial coverage: 6 of 9;
		// without resources, the three resource criteria are false (udata leaves them out).
		JsonNode quality = d.get("quality");
		assertThat(quality.get("score").asDouble()).isEqualTo(6.0 / 9, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(quality.get("dataset_description_quality").asBoolean()).isTrue();
		assertThat(quality.get("update_fulfilled_in_time").asBoolean()).isTrue();
		assertThat(quality.get("has_resources").asBoolean()).isFalse();
		assertThat(quality.get("has_open_format").asBoolean()).isFalse();
		assertThat(quality.get("resources_documentation").asBoolean()).isFalse();
	}

	@Test
	void aRemoteResourceIsWrittenAsUdataDoes() throws Exception {
		JsonNode d = getJson("/api/1/datasets/" + air.get("id").asString() + "/");
		JsonNode r = d.get("resources").get(0);
		assertThat(r.get("filetype").asString()).isEqualTo("remote");
		assertThat(r.get("type").asString()).isEqualTo("main");
		assertThat(r.get("format").asString()).isEqualTo("csv");
		assertThat(r.get("url").asString()).isEqualTo("https://example.org/air/mesures-2024.csv");
		assertThat(r.get("latest").asString()).isEqualTo("http://localhost:8080/api/1/datasets/r/" + r.get("id").asString());
		assertThat(r.get("schema").get("name").asString()).isEqualTo("etalab/schema-stationnement");
		assertThat(r.get("checksum").isNull()).isTrue();
		assertThat(keys(r.get("extras"))).as("never checked: no check:* extras").isEmpty();
		assertThat(d.get("quality").get("has_open_format").asBoolean()).isTrue();
		assertThat(d.get("quality").get("resources_documentation").asBoolean()).isTrue();
		assertThat(d.get("quality").get("all_resources_available").asBoolean()).isTrue();
		JsonNode alone = getJson("/api/1/datasets/" + air.get("slug").asString() + "/resources/" + r.get("id").asString() + "/");
		assertThat(alone).isEqualTo(r);
	}

	@Test
	void listsComeInTheUdataEnvelopeWithPageLinks() throws Exception {
		JsonNode first = getJson("/api/1/datasets/?tag=" + tag + "&page_size=3&sort=title");
		assertThat(first.get("total").asLong()).as("the private dataset is not listed").isEqualTo(4);
		assertThat(first.get("page").asInt()).isEqualTo(1);
		assertThat(first.get("page_size").asInt()).isEqualTo(3);
		assertThat(first.get("data").size()).isEqualTo(3);
		assertThat(first.get("previous_page").isNull()).isTrue();
		assertThat(first.get("next_page").asString()).startsWith("http://localhost/api/1/datasets").contains("tag=" + tag)
			.contains("page=2");
		assertThat(first.has("facets")).as("facets only when asked").isFalse();
		JsonNode second = getJson(first.get("next_page").asString().replace("http://localhost", ""));
		assertThat(second.get("data").size()).isEqualTo(1);
		assertThat(second.get("next_page").isNull()).isTrue();
		assertThat(second.get("previous_page").asString()).contains("page=1");
	}

	@Test
	void everyFilterNarrowsTheList() throws Exception {
		assertThat(titles("license=odc-odbl")).containsExactly("Budget du transport scolaire");
		assertThat(titles("frequency=annual")).containsExactly("Budget du transport scolaire");
		assertThat(titles("geozone=fr:departement:23")).containsExactly("Transports en commun de la Creuse");
		assertThat(titles("granularity=fr:commune")).containsExactly("Budget du transport scolaire");
		assertThat(titles("temporal_coverage=2018-06-01/2018-07-01")).containsExactly("Budget du transport scolaire");
		assertThat(titles("format=CSV")).containsExactly("Qualité de l'air");
		assertThat(titles("schema=etalab/schema-stationnement")).containsExactly("Qualité de l'air");
		assertThat(titles("badge=spd")).containsExactly("Répertoire des zonages");
		assertThat(titles("tag=mobilite")).containsExactly("Transports en commun de la Creuse");
		assertThat(titles("organization=cour-des-comptes")).hasSize(4);
		assertThat(titles("organization=" + organisationId("cour-des-comptes"))).hasSize(4);
		assertThat(titles("organization=hatvp")).isEmpty();
		assertThat(titles("organization=nobody-has-this-slug")).isEmpty();
		mvc.perform(get("/api/1/datasets/").param("temporal_coverage", "2018"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.temporal_coverage").exists());
	}

	@Test
	void sortsOrderTheList() throws Exception {
		List<String> ascending = titles("sort=title");
		assertThat(ascending).containsExactly("Budget du transport scolaire", "Qualité de l'air", "Répertoire des zonages",
				"Transports en commun de la Creuse");
		List<String> descending = new ArrayList<>(ascending);
		java.util.Collections.reverse(descending);
		assertThat(titles("sort=-title")).containsExactlyElementsOf(descending);
		assertThat(titles("sort=-created")).containsExactly("Répertoire des zonages", "Qualité de l'air",
				"Budget du transport scolaire", "Transports en commun de la Creuse");
		assertThat(titles("sort=-quality").get(0)).isEqualTo("Transports en commun de la Creuse");
		mvc.perform(get("/api/1/datasets/").param("sort", "popularity"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.sort").exists());
	}

	@Test
	void facetsCountTheWholeResult() throws Exception {
		JsonNode page = getJson("/api/1/datasets/?tag=" + tag + "&page_size=1&facets=all");
		JsonNode facets = page.get("facets");
		assertThat(keys(facets)).containsExactlyInAnyOrder("organization", "tag", "license", "format", "badge", "schema",
				"geozone", "frequency");
		assertThat(count(facets.get("license"), "lov2")).isEqualTo(3);
		assertThat(count(facets.get("license"), "odc-odbl")).isEqualTo(1);
		assertThat(count(facets.get("tag"), tag)).isEqualTo(4);
		assertThat(count(facets.get("tag"), "mobilite")).isEqualTo(1);
		assertThat(count(facets.get("format"), "csv")).isEqualTo(1);
		JsonNode organisation = facets.get("organization").get(0);
		assertThat(organisation.get("name").asString()).isEqualTo(Long.toString(organisationId("cour-des-comptes")));
		assertThat(organisation.get("label").asString()).isEqualTo("Cour des comptes");
		assertThat(organisation.get("count").asLong()).isEqualTo(4);
		JsonNode onlyTags = getJson("/api/1/datasets/?tag=" + tag + "&facets=tag");
		assertThat(keys(onlyTags.get("facets"))).containsExactly("tag");
		mvc.perform(get("/api/1/datasets/").param("facets", "colour")).andExpect(status().isBadRequest());
	}

	@Test
	void searchIsFrenchWithStemsAndWithoutAccents() throws Exception {
		assertThat(titles("q=donnée")).as("donnée finds données").containsExactly("Qualité de l'air");
		assertThat(titles("q=donnees")).as("without accents").containsExactly("Qualité de l'air");
		assertThat(titles("q=transports")).as("transports finds transport")
			.containsExactlyInAnyOrder("Transports en commun de la Creuse", "Budget du transport scolaire");
		assertThat(titles("q=qualite air")).containsExactly("Qualité de l'air");
		assertThat(titles("q=transport creuse")).as("every word must be there").containsExactly("Transports en commun de la Creuse");
	}

	@Test
	void unknownRecordsAnswer404() throws Exception {
		mvc.perform(get("/api/1/datasets/no-such-dataset/")).andExpect(status().isNotFound());
		mvc.perform(get("/api/1/datasets/" + air.get("id").asString() + "/resources/00000000-0000-0000-0000-000000000000/"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/1/datasets/r/not-a-uuid")).andExpect(status().isNotFound());
		mvc.perform(get("/api/1/organizations/no-such-organisation/")).andExpect(status().isNotFound());
	}

	@Test
	void aPrivateDatasetIsSeenByItsOrganisationOnly() throws Exception {
		String id = hidden.get("id").asString();
		assertThat(hidden.get("private").asBoolean()).isTrue();
		mvc.perform(get("/api/1/datasets/" + id + "/")).andExpect(status().isNotFound());
		mvc.perform(get("/api/1/datasets/" + id + "/").session(Sessions.signIn(mvc, Accounts.agentOf(jdbc, "hatvp"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/1/datasets/" + id + "/").header("X-API-KEY", agentKey))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.private").value(true));
		mvc.perform(get("/api/1/datasets/" + id + "/").session(Sessions.signIn(mvc, Accounts.admin(jdbc))))
			.andExpect(status().isOk());
	}

	@Test
	void theReferenceListsUseUdatasCodes() throws Exception {
		JsonNode licenses = getJson("/api/1/datasets/licenses/");
		assertThat(licenses.findValuesAsString("id")).contains("lov2", "odc-odbl", "notspecified");
		JsonNode frequencies = getJson("/api/1/datasets/frequencies/");
		assertThat(frequencies.size()).isEqualTo(40);
		assertThat(frequencies.toString()).contains("{\"id\":\"monthly\",\"label\":\"Mensuelle\"}");
		mvc.perform(get("/api/1/datasets/frequencies/").param("lang", "en"))
			.andExpect(jsonPath("$[?(@.id == 'monthly')].label").value("Monthly"));
		assertThat(keys(getJson("/api/1/datasets/badges/"))).containsExactlyInAnyOrder("spd", "hvd");
		assertThat(getJson("/api/1/datasets/resource_types/").findValuesAsString("id")).containsExactly("main",
				"documentation", "update", "api", "code", "other");
	}

	@Test
	void theOpenApiDescriptionDocumentsTheKeyAndTheFacets() throws Exception {
		JsonNode docs = getJson("/api/docs");
		JsonNode scheme = docs.get("components").get("securitySchemes").get("X-API-KEY");
		assertThat(scheme.get("type").asString()).isEqualTo("apiKey");
		assertThat(scheme.get("in").asString()).isEqualTo("header");
		assertThat(docs.get("paths").get("/api/1/datasets").get("get").get("description").asString())
			.contains("udata-search-service");
		assertThat(docs.get("paths").get("/api/1/datasets").get("post").get("security").toString()).contains("X-API-KEY");
	}

	private List<String> titles(String query) throws Exception {
		JsonNode page = getJson("/api/1/datasets/?page_size=100&tag=" + tag + "&" + query);
		List<String> titles = new ArrayList<>();
		page.get("data").forEach(d -> titles.add(d.get("title").asString()));
		return titles;
	}

	private static long count(JsonNode facet, String name) {
		for (JsonNode value : facet) {
			if (value.get("name").asString().equals(name)) {
				return value.get("count").asLong();
			}
		}
		return 0;
	}

	private static Set<String> keys(JsonNode node) {
		return new TreeSet<>(node.propertyNames());
	}

	private JsonNode sample(String name) throws Exception {
		// The dataset sample is the demo data's (bundled from demo-data/), the resource sample this package's.
		try (InputStream in = getClass().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return json.readTree(in);
		}
	}
}
