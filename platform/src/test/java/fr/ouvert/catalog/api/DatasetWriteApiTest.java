package fr.ouvert.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import fr.ouvert.testing.Accounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** udata's write API with API keys: creation, validation errors, permissions, archiving, uploads. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetWriteApiTest extends CatalogApiTestSupport {

	@LocalServerPort
	int port;

	private String agentKey;
	private String otherAgentKey;
	private long organisation;

	@BeforeAll
	void keys() {
		agentKey = keyOf(Accounts.agentOf(jdbc, "cour-des-comptes"));
		otherAgentKey = keyOf(Accounts.agentOf(jdbc, "hatvp"));
		organisation = organisationId("cour-des-comptes");
	}

	@Test
	void anAgentCreatesADatasetThatEveryoneThenSees() throws Exception {
		String tag = uniqueTag();
		MvcResult created = mvc.perform(post("/api/1/datasets/").header("X-API-KEY", agentKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "Marchés publics de la Cour", "acronym": "MPC", "description": "Les marchés notifiés.",
					 "organization": "%d", "tags": ["%s", "Commande publique"], "license": "lov2", "frequency": "quarterly"}"""
				.formatted(organisation, tag)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.slug").value(org.hamcrest.Matchers.startsWith("marches-publics-de-la-cour")))
			.andExpect(jsonPath("$.acronym").value("MPC"))
			.andExpect(jsonPath("$.tags[1]").value("commande-publique"))
			.andExpect(jsonPath("$.organization.id").value(Long.toString(organisation)))
			.andReturn();
		// No session is opened for a call made with a key.
		assertThat(created.getRequest().getSession(false)).isNull();
		String id = json.readTree(created.getResponse().getContentAsString()).get("id").asString();
		mvc.perform(get("/api/1/datasets/" + id + "/")).andExpect(status().isOk())
			.andExpect(jsonPath("$.frequency").value("quarterly"));
		mvc.perform(get("/api/1/datasets/").param("tag", tag)).andExpect(jsonPath("$.total").value(1));
		long audited = jdbc.sql("select count(*) from kernel_audit_entry where action = 'dataset.create' and subject_id = ?")
			.param(id).query(Long.class).single();
		assertThat(audited).isEqualTo(1);
	}

	@Test
	void badFieldsGetUdatasValidationErrorInEnglish() throws Exception {
		mvc.perform(post("/api/1/datasets/").header("X-API-KEY", agentKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": " ", "organization": "%d", "license": "wtfpl",
					 "temporal_coverage": {"start": "2020-13-01"}, "spatial": {"zones": ["Creuse"]}}""".formatted(organisation)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("Validation error"))
			.andExpect(jsonPath("$.errors.title[0]").value("The title is required and must not exceed 350 characters."))
			.andExpect(jsonPath("$.errors.license[0]").value("This license is not known."))
			.andExpect(jsonPath("$.errors.temporal_coverage[0]").value("Enter a date as YYYY-MM-DD."))
			.andExpect(jsonPath("$.errors.spatial[0]").exists());
		mvc.perform(post("/api/1/datasets/").header("X-API-KEY", agentKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Sans organisation\", \"organization\": \"nulle-part\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.organization[0]").value("Choose the organization that publishes the dataset."));
		mvc.perform(post("/api/1/datasets/").header("X-API-KEY", agentKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Badge\", \"organization\": \"%d\", \"badges\": [{\"kind\": \"spd\"}]}".formatted(organisation)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.badges[0]").value("Only administrators grant badges."));
	}

	@Test
	void anAgentOfAnotherOrganisationIsRefused() throws Exception {
		mvc.perform(post("/api/1/datasets/").header("X-API-KEY", otherAgentKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Intrus\", \"organization\": \"%d\"}".formatted(organisation)))
			.andExpect(status().isForbidden());
		String id = createDataset(agentKey, "{\"title\": \"Rapport public annuel\", \"organization\": \"%d\"}"
			.formatted(organisation)).get("id").asString();
		mvc.perform(put("/api/1/datasets/" + id + "/").header("X-API-KEY", otherAgentKey)
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Détourné\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/1/datasets/" + id + "/").header("X-API-KEY", otherAgentKey))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/1/datasets/" + id + "/")).andExpect(jsonPath("$.title").value("Rapport public annuel"));
	}

	@Test
	void aBadKeyOrNoKeyIsUnauthorised() throws Exception {
		mvc.perform(post("/api/1/datasets/").header("X-API-KEY", "ouvert_not-a-key")
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Sans clé\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.message").value("Invalid API key"));
		mvc.perform(get("/api/1/datasets/").header("X-API-KEY", "ouvert_not-a-key")).andExpect(status().isUnauthorized());
		// Without a key, a post is a browser's and needs the session's CSRF token first.
		mvc.perform(post("/api/1/datasets/").contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Anonyme\"}"))
			.andExpect(status().isForbidden());
		Accounts.Account disabled = Accounts.agentOf(jdbc, "cour-des-comptes");
		String key = keyOf(disabled);
		jdbc.sql("update account_user set enabled = false where id = ?").param(disabled.id()).update();
		mvc.perform(post("/api/1/datasets/").header("X-API-KEY", key)
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Compte désactivé\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anUpdateKeepsWhatItLeavesOut() throws Exception {
		JsonNode created = createDataset(agentKey, """
				{"title": "Effectifs", "description": "Agents par grade.", "organization": "%d", "license": "cc-by",
				 "temporal_coverage": {"start": "2019-01-01", "end": "2019-12-31"}}""".formatted(organisation));
		mvc.perform(put("/api/1/datasets/" + created.get("id").asString() + "/").header("X-API-KEY", agentKey)
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Effectifs par grade\", \"private\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Effectifs par grade"))
			.andExpect(jsonPath("$.private").value(true))
			.andExpect(jsonPath("$.description").value("Agents par grade."))
			.andExpect(jsonPath("$.license").value("cc-by"))
			.andExpect(jsonPath("$.temporal_coverage.end").value("2019-12-31"))
			.andExpect(jsonPath("$.slug").value(created.get("slug").asString()));
	}

	@Test
	void deletingArchivesTheDataset() throws Exception {
		String tag = uniqueTag();
		String id = createDataset(agentKey, "{\"title\": \"Ancien format\", \"organization\": \"%d\", \"tags\": [\"%s\"]}"
			.formatted(organisation, tag)).get("id").asString();
		mvc.perform(delete("/api/1/datasets/" + id + "/").header("X-API-KEY", agentKey)).andExpect(status().isNoContent());
		mvc.perform(get("/api/1/datasets/" + id + "/")).andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").isNotEmpty());
		mvc.perform(get("/api/1/datasets/").param("tag", tag)).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void anUploadedCsvIsStoredCheckedAndStreamedBack() throws Exception {
		String id = createDataset(agentKey, "{\"title\": \"Juridictions financières\", \"organization\": \"%d\"}"
			.formatted(organisation)).get("id").asString();
		byte[] csv = "code;nom\n1;Chambre régionale des comptes de Bretagne\n2;Cour des comptes\n"
			.getBytes(StandardCharsets.UTF_8);
		MockHttpServletResponse uploaded = mvc.perform(multipart("/api/1/datasets/" + id + "/upload/")
			.file(new MockMultipartFile("file", "juridictions.csv", "text/csv", csv))
			.param("type", "main")
			.header("X-API-KEY", agentKey))
			.andExpect(status().isCreated())
			.andReturn().getResponse();
		JsonNode resource = json.readTree(uploaded.getContentAsString());
		assertThat(resource.get("filetype").asString()).isEqualTo("file");
		assertThat(resource.get("title").asString()).isEqualTo("juridictions.csv");
		assertThat(resource.get("format").asString()).isEqualTo("csv");
		assertThat(resource.get("mime").asString()).isEqualTo("text/csv");
		assertThat(resource.get("filesize").asLong()).isEqualTo(csv.length);
		assertThat(resource.get("checksum").get("type").asString()).isEqualTo("sha256");
		assertThat(resource.get("checksum").get("value").asString())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)));
		String resourceId = resource.get("id").asString();
		assertThat(resource.get("url").asString()).isEqualTo("http://localhost:8080/api/1/datasets/r/" + resourceId);

		long before = downloads(id);
		MockHttpServletResponse download = mvc.perform(get("/api/1/datasets/r/" + resourceId))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("juridictions.csv")))
			.andReturn().getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(csv);
		assertThat(downloads(id)).isEqualTo(before + 1);
		mvc.perform(get("/api/1/datasets/" + id + "/")).andExpect(jsonPath("$.metrics.resources_downloads").value(before + 1));

		mvc.perform(delete("/api/1/datasets/" + id + "/resources/" + resourceId + "/").header("X-API-KEY", agentKey))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/1/datasets/r/" + resourceId)).andExpect(status().isNotFound());
		mvc.perform(get("/api/1/datasets/" + id + "/")).andExpect(jsonPath("$.resources.length()").value(0));
	}

	@Test
	void anUploadWithoutFileIsAFieldError() throws Exception {
		String id = createDataset(agentKey, "{\"title\": \"Sans fichier\", \"organization\": \"%d\"}"
			.formatted(organisation)).get("id").asString();
		mvc.perform(multipart("/api/1/datasets/" + id + "/upload/").param("title", "Rien").header("X-API-KEY", agentKey))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file[0]").value("Choose a file to upload."));
	}

	@Test
	void aRemoteResourcePermalinkRedirectsAndCounts() throws Exception {
		String id = createDataset(agentKey, "{\"title\": \"Lien distant\", \"organization\": \"%d\"}"
			.formatted(organisation)).get("id").asString();
		MockHttpServletResponse added = mvc.perform(post("/api/1/datasets/" + id + "/resources/").header("X-API-KEY", agentKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"API\", \"url\": \"https://api.example.org/v1/\", \"type\": \"api\", \"format\": \"JSON\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("json"))
			.andExpect(jsonPath("$.type").value("api"))
			.andReturn().getResponse();
		String resourceId = json.readTree(added.getContentAsString()).get("id").asString();
		mvc.perform(get("/api/1/datasets/r/" + resourceId))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "https://api.example.org/v1/"));
		assertThat(downloads(id)).isEqualTo(1);
		mvc.perform(post("/api/1/datasets/" + id + "/resources/").header("X-API-KEY", agentKey)
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"\", \"url\": \"ftp://example.org/f\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").exists())
			.andExpect(jsonPath("$.errors.url[0]").value("Enter a full web address, starting with http:// or https://."));
	}

	/** Over real HTTP: the multipart limit is Tomcat's, which MockMvc does not apply. */
	@Test
	void anUploadOverTheLimitIsRefusedWith413() throws Exception {
		String id = createDataset(agentKey, "{\"title\": \"Trop gros\", \"organization\": \"%d\"}"
			.formatted(organisation)).get("id").asString();
		byte[] big = new byte[21 * 1024 * 1024];
		String boundary = "ouvert-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"gros.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		body.write(big);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/1/datasets/" + id + "/upload/"))
			.header("X-API-KEY", agentKey)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(jdbc.sql("select count(*) from catalog_resource where dataset_id = ?::uuid").param(id)
			.query(Long.class).single()).isZero();
	}

	/** Over real HTTP, where errors go through the error controller: a 404 is JSON in udata's shape. */
	@Test
	void notFoundIsJsonOverHttp() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/1/datasets/no-such-dataset/"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(json.readTree(response.body()).get("message").asString()).isEqualTo("Not Found");
	}

	private long downloads(String datasetId) {
		return jdbc.sql("select downloads from catalog_dataset where id = ?::uuid").param(datasetId).query(Long.class).single();
	}
}
