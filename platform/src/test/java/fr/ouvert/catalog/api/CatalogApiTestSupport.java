package fr.ouvert.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.security.SecureRandom;
import java.util.HexFormat;

import fr.ouvert.kernel.security.Sha256;
import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Helpers for the catalog's API tests: API keys written straight into their table (a fixture,
 * like {@link Accounts}), datasets made through the write API, answers read as JSON trees.
 */
public abstract class CatalogApiTestSupport extends PlatformTest {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Autowired
	protected ObjectMapper json;

	/** A fresh API key for the account, stored as the platform stores keys (its SHA-256). */
	protected String keyOf(Accounts.Account account) {
		String key = "test_" + HexFormat.of().formatHex(RANDOM.generateSeed(16));
		jdbc.sql("insert into account_api_key (user_id, key_hash) values (?, ?)")
			.params(account.id(), Sha256.hex(key))
			.update();
		return key;
	}

	/** A word no other test uses, to tag a test's datasets and find only them. */
	protected static String uniqueTag() {
		return "t" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
	}

	protected long organisationId(String slug) {
		return jdbc.sql("select id from account_organisation where slug = ?").param(slug).query(Long.class).single();
	}

	/** Posts a dataset with the key and returns it as the API answered (201 expected). */
	protected JsonNode createDataset(String key, String body) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(post("/api/1/datasets/").header("X-API-KEY", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return json.readTree(response.getContentAsString());
	}

	protected JsonNode getJson(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET %s: %s", url, response.getContentAsString()).isEqualTo(200);
		return json.readTree(response.getContentAsString());
	}
}
