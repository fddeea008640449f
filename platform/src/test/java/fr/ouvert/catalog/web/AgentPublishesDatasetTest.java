package fr.ouvert.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

/** An agent publishes a dataset through the pages; the quality block follows what was filled in. */
class AgentPublishesDatasetTest extends PlatformTest {

	/** The demo data folder at the repository's root (the tests run in the platform module). */
	static final Path DEMO = Path.of("..", "demo-data", "catalog");

	private static final String CSV = "code,nom\n35238,Rennes\n29019,Brest\n";

	@Test
	void anAgentCreatesADatasetUploadsACsvAndSeesTheQualityScore() throws Exception {
		MockHttpSession agent = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"));
		long cour = jdbc.sql("select id from account_organisation where slug = 'cour-des-comptes'").query(Long.class).single();
		String title = "Rapports publics " + UUID.randomUUID();
		String location = mvc.perform(post("/catalogue/jeux/nouveau").session(agent).with(csrf())
			.param("title", title)
			.param("description", "Les rapports publics de la Cour des comptes depuis 2010, avec leur date, leur thème "
					+ "et le lien vers le texte intégral.")
			.param("organisation", Long.toString(cour))
			.param("tags", "Finances publiques, rapports")
			.param("licence", "lov2")
			.param("frequency", "annual")
			.param("temporalStart", "2010-01-01")
			.param("spatialZones", "country:fr")
			.param("visibility", "public"))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/catalogue/jeux/rapports-publics-");

		Document page = Jsoup.parse(mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		// No resource yet: the three resource criteria do not apply; six of the nine points are met.
		assertThat(page.select(".ouvert-score").text()).contains("6");
		assertThat(page.select(".ouvert-criterion--met")).hasSize(6);
		assertThat(page.select("a.fr-tag").eachText()).containsExactly("finances-publiques", "rapports");

		MockMultipartFile file = new MockMultipartFile("file", "communes.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart(location + "/ressources").file(file).param("description", "Code INSEE et nom")
			.session(agent).with(csrf()))
			.andExpect(status().isFound());
		var stored = jdbc.sql("""
				select r.filesize, r.checksum_value, r.format, r.filetype, d.quality_score from catalog_resource r
				join catalog_dataset d on d.id = r.dataset_id where d.title = ?""").param(title)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5) })
			.single();
		assertThat(stored[0]).isEqualTo((long) CSV.length());
		assertThat(stored[1]).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
			.digest(CSV.getBytes(StandardCharsets.UTF_8))));
		assertThat(stored[2]).isEqualTo("csv");
		assertThat(stored[3]).isEqualTo("file");
		assertThat((double) stored[4]).isEqualTo(1.0);
	}

	@Test
	void anUploadedCsvIsValidatedAgainstItsSchemaAndTheReportIsShown() throws Exception {
		MockHttpSession agent = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"));
		long cour = jdbc.sql("select id from account_organisation where slug = 'cour-des-comptes'").query(Long.class).single();
		String location = mvc.perform(post("/catalogue/jeux/nouveau").session(agent).with(csrf())
			.param("title", "Subventions " + UUID.randomUUID()).param("organisation", Long.toString(cour))
			.param("licence", "lov2").param("visibility", "public"))
			.andReturn().getResponse().getRedirectedUrl();
		for (String example : new String[] { "subventions-exemple-valide.csv", "subventions-exemple-erreurs-cellules.csv" }) {
			byte[] csv = Files.readAllBytes(DEMO.resolve(example));
			mvc.perform(multipart(location + "/ressources").file(new MockMultipartFile("file", example, "text/csv", csv))
				.param("schema", "scdl/subventions").session(agent).with(csrf()))
				.andExpect(status().isFound());
		}
		Document page = Jsoup.parse(mvc.perform(get(location)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select(".ouvert-validation.fr-alert--success").text()).contains("scdl/subventions").contains("29");
		assertThat(page.select(".ouvert-validation.fr-alert--error")).hasSize(1);
		assertThat(page.select("details td code").eachText()).contains("constraint-error", "type-error", "french-siret-value");
		// The preview shows the header and the first ten rows.
		assertThat(page.select("table.ouvert-preview").first().select("th").eachText()).startsWith("nomAttribuant", "idAttribuant");
		assertThat(page.select("table.ouvert-preview").first().select("tbody tr")).hasSize(10);

		mvc.perform(multipart(location + "/ressources").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[] { 'a' }))
			.param("schema", "scdl/inconnu").session(agent).with(csrf()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aFormWithErrorsIsShownAgainWithThemAndNothingIsCreated() throws Exception {
		MockHttpSession agent = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"));
		long before = jdbc.sql("select count(*) from catalog_dataset").query(Long.class).single();
		String html = mvc.perform(post("/catalogue/jeux/nouveau").session(agent).with(csrf())
			.param("title", "")
			.param("licence", "propriétaire")
			.param("temporalStart", "2020-13-45")
			.param("spatialZones", "Bretagne"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("#erreur-title")).hasSize(1);
		assertThat(page.select("#erreur-temporalStart")).hasSize(1);
		assertThat(page.select("#erreur-spatialZones")).hasSize(1);
		assertThat(jdbc.sql("select count(*) from catalog_dataset").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aCitizenCannotPublishAndAnAgentCannotEditAnotherOrganisationsDataset() throws Exception {
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		mvc.perform(get("/catalogue/jeux/nouveau").session(citizen)).andExpect(status().isForbidden());
		mvc.perform(post("/catalogue/jeux/nouveau").session(citizen).with(csrf()).param("title", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/catalogue/jeux/nouveau").with(csrf()).param("title", "x"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/connexion"));

		MockHttpSession hatvp = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "hatvp"));
		// The platform's own datasets are kept by the platform: nobody edits them by hand.
		mvc.perform(get("/catalogue/jeux/plan-actions/modifier").session(hatvp)).andExpect(status().isForbidden());
		MockHttpSession admin = Sessions.signIn(mvc, Accounts.admin(jdbc));
		mvc.perform(get("/catalogue/jeux/plan-actions/modifier").session(admin)).andExpect(status().isForbidden());
	}
}
