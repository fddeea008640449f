package fr.ouvert.procurement.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import fr.ouvert.kernel.security.Sha256;
import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A buyer publishes its contracts: upload, report, publish or abandon, by the page and by the API. The official
 * 2022 example holds two marchés of buyer 123456789… and two concessions of the Ville de Paris (SIREN 217500016):
 * published by the Ville de Paris, the marchés are rejected as another buyer's.
 */
class PublicationTest extends PlatformTest {

	private static final Path EXAMPLE = Path.of("../demo-data/procurement/official-example-2.0_marches_concessions.json");

	@Autowired
	ObjectMapper json;

	private String slug;

	@BeforeEach
	void buyerOrganisation() {
		// The SIRET is unique: the first test creates the organisation, the next ones find it.
		slug = jdbc.sql("select slug from account_organisation where siret = '21750001630066'").query(String.class)
			.optional()
			.orElseGet(() -> jdbc.sql("insert into account_organisation (slug, name, kind, siret) "
					+ "values ('ville-de-paris-test', 'Ville de Paris', 'local-authority', '21750001630066') returning slug")
				.query(String.class).single());
	}

	@Test
	void anAgentReadsTheReportThenPublishesOnlyItsOwnContracts() throws Exception {
		MockHttpSession agent = Sessions.signIn(mvc, Accounts.agentOf(jdbc, slug));
		String location = mvc.perform(multipart("/marches-publics/publier")
				.file(new MockMultipartFile("file", "paris.json", "application/json", Files.readAllBytes(EXAMPLE)))
				.session(agent).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring("/marches-publics/publier/".length()));

		String page = mvc.perform(get(location).session(agent)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("buyer-not-publisher").contains("Ville de Paris (SIRET 21750001630066)");
		assertThat(status(id)).isEqualTo("pending");
		assertThat(jdbc.sql("select count(*) from procurement_contract where ? = any(sources)").param("publication-" + slug)
			.query(Integer.class).single()).isZero();
		// Another organisation's agent neither sees nor publishes it.
		MockHttpSession other = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "hatvp"));
		assertThat(mvc.perform(get(location).session(other)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post(location + "/publier").session(other).with(csrf())).andReturn().getResponse()
			.getStatus()).isEqualTo(403);

		mvc.perform(post(location + "/publier").session(agent).with(csrf()));

		assertThat(status(id)).isEqualTo("done");
		assertThat(jdbc.sql("select count(*) from procurement_rejection where import_id = ?").param(id).query(Integer.class)
			.single()).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("""
				select distinct substr(acheteur_id, 1, 9) from procurement_contract c
				join procurement_source s on s.id = c.source_id where s.code = ?""")
			.param("publication-" + slug).query(String.class).list()).containsExactly("217500016");
	}

	@Test
	void anAgentPublishesThroughTheApiWithItsKey() throws Exception {
		Accounts.Account account = Accounts.agentOf(jdbc, slug);
		String key = "ouvert_test_" + UUID.randomUUID();
		jdbc.sql("insert into account_api_key (user_id, key_hash, created_at) values (?, ?, now())")
			.params(account.id(), Sha256.hex(key)).update();

		JsonNode pending = json.readTree(mvc.perform(post("/api/1/procurement/publications?filename=paris.json")
				.header("X-API-KEY", key).content(Files.readString(EXAMPLE) + "\n").contentType("application/json"))
			.andReturn().getResponse().getContentAsString());
		assertThat(pending.get("status").asString()).isEqualTo("pending");
		assertThat(pending.get("report").isObject()).isTrue();
		long id = pending.get("id").asLong();

		JsonNode done = json.readTree(mvc.perform(post("/api/1/procurement/publications/" + id + "/confirm")
				.header("X-API-KEY", key)).andReturn().getResponse().getContentAsString());
		assertThat(done.get("status").asString()).isEqualTo("done");
		JsonNode read = json.readTree(mvc.perform(get("/api/1/procurement/imports/" + id)).andReturn().getResponse()
			.getContentAsString());
		assertThat(read.get("rejected").asInt()).isEqualTo(done.get("rejected").asInt()).isGreaterThanOrEqualTo(2);
	}

	private String status(long id) {
		return jdbc.sql("select status from procurement_import where id = ?").param(id).query(String.class).single();
	}
}
