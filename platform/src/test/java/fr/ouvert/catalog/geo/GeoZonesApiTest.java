package fr.ouvert.catalog.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** udata's spatial API: zones by id as GeoJSON, suggestions, levels. */
class GeoZonesApiTest extends PlatformTest {

	@LocalServerPort
	int port;

	@Test
	void zonesComeAsAGeoJsonFeatureCollectionWithoutGeometry() throws Exception {
		mvc.perform(get("/api/1/spatial/zones/fr:commune:35238,fr:region:53/"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features.length()").value(2))
			.andExpect(jsonPath("$.features[0].type").value("Feature"))
			.andExpect(jsonPath("$.features[0].id").value("fr:commune:35238"))
			.andExpect(jsonPath("$.features[0].geometry").value(nullValue()))
			.andExpect(jsonPath("$.features[0].properties.id").value("fr:commune:35238"))
			.andExpect(jsonPath("$.features[0].properties.name").value("Rennes"))
			.andExpect(jsonPath("$.features[0].properties.code").value("35238"))
			.andExpect(jsonPath("$.features[0].properties.level").value("fr:commune"))
			.andExpect(jsonPath("$.features[0].properties.parents")
				.value(contains("fr:epci:243500139", "fr:departement:35", "fr:region:53", "country:fr")))
			.andExpect(jsonPath("$.features[0].properties.population").value(230890))
			.andExpect(jsonPath("$.features[1].properties.name").value("Bretagne"))
			.andExpect(jsonPath("$.features[1].properties.level").value("fr:region"));
		mvc.perform(get("/api/1/spatial/zones/fr:departement:2A"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features[0].properties.name").value("Corse-du-Sud"));
	}

	@Test
	void aListWithoutIdsIsABadRequest() throws Exception {
		mvc.perform(get("/api/1/spatial/zones/,/"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.ids").value("must name at least one zone"));
	}

	@Test
	void anUnknownZoneAnswers404InTheKernelsJson() throws Exception {
		// The error body is written by the servlet container's error dispatch: real HTTP, not MockMvc.
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/1/spatial/zones/fr:commune:35238,fr:commune:99999/"))
				.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"message\":\"Not Found\",\"status\":404}");
	}

	@Test
	void suggestionsListMatchingZonesWithTheirLabel() throws Exception {
		mvc.perform(get("/api/1/spatial/zones/suggest/").param("q", "saint étienne").param("size", "3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].id").value("fr:commune:42218"))
			.andExpect(jsonPath("$[0].name").value("Saint-Étienne"))
			.andExpect(jsonPath("$[0].code").value("42218"))
			.andExpect(jsonPath("$[0].level").value("fr:commune"))
			.andExpect(jsonPath("$[0].label").value("Saint-Étienne (42)"));
		mvc.perform(get("/api/1/spatial/zones/suggest").param("q", "ille-et-vil"))
			.andExpect(jsonPath("$[0].id").value("fr:departement:35"))
			.andExpect(jsonPath("$[0].label").value("Ille-et-Vilaine (35)"));
	}

	@Test
	void suggestionsNeedATextAndAReasonableSize() throws Exception {
		mvc.perform(get("/api/1/spatial/zones/suggest/"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.q").value("must not be blank"));
		mvc.perform(get("/api/1/spatial/zones/suggest/").param("q", "rennes").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.size").value("must be between 1 and 100"));
	}

	@Test
	void levelsAreNamedInTheReadersLanguage() throws Exception {
		mvc.perform(get("/api/1/spatial/levels/"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(contains("country", "fr:region", "fr:collectivite", "fr:departement",
					"fr:epci", "fr:commune")))
			.andExpect(jsonPath("$[*].name").value(contains("Pays", "Région", "Collectivité d'outre-mer", "Département",
					"Intercommunalité (EPCI)", "Commune")));
		mvc.perform(get("/api/1/spatial/levels/").param("lang", "en"))
			.andExpect(jsonPath("$[*].name").value(contains("Country", "French region", "French overseas collectivity",
					"French county", "French intermunicipality (EPCI)", "French town")));
	}

	@Test
	void theOpenApiDocumentListsTheSpatialEndpoints() throws Exception {
		mvc.perform(get("/api/docs"))
			.andExpect(jsonPath("$.paths['/api/1/spatial/zones/{ids}']").exists())
			.andExpect(jsonPath("$.paths['/api/1/spatial/zones/suggest']").exists())
			.andExpect(jsonPath("$.paths['/api/1/spatial/levels']").exists());
	}
}
