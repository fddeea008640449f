package fr.ouvert.integrity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.ouvert.hatvp.CsvTableReader;
import fr.ouvert.hatvp.declarations.DeclarationsCsvWriter;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

class DeclarationPagesTest extends PlatformTest {

	private static final String UUID_2024 = "40c65083-094f-4170-9e21-b9c95f4390d6";
	private static final String UUID_2017_FIRST = "d9b3d482-4381-43a2-aa7a-a5068bbe39e7";

	@Autowired
	DeclarationImports imports;

	@BeforeEach
	void samples() {
		DeclarationSamples.importAll(imports);
	}

	private String slugOf(String uuid) {
		return jdbc.sql("select p.slug from integrity_declaration d join integrity_declaration_person p on p.id = d.person_id where d.uuid = ?")
			.param(uuid).query(String.class).single();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aPersonPageShowsEverySectionThePayChartAndTheRedactions() throws Exception {
		String body = page("/declarations/personnes/" + slugOf(UUID_2017_FIRST));

		assertThat(body).contains("id=\"declaration-" + UUID_2017_FIRST + "\"")
			.contains("Mandats électifs", "Participations financières directes dans le capital d'une société",
					"Activités de consultant (cinq dernières années)", "Observations")
			// The pay chart (DSFR Chart), summed by year (2012: activity 2 977 + mandates 31 337 and 56 389).
			.contains("<bar-chart x=\"[[2012,2013,2014,2015,2016]]\" y=\"[[90703,")
			.contains("/vendor/dsfr-chart/dist/DSFRChart/DSFRChart.js")
			// Redactions shown as such; a holding's free-text pay as declared and, when it reads as one, as a number.
			.contains("<span class=\"declarations-redacted\" title=\"Donnée non publiée par la HATVP\">SCI\n[Données non publiées]</span>")
			.contains("<dd>néant</dd>")
			.contains("<dd>205.22 <span class=\"fr-text--xs\">(lu : 205,22)</span></dd>")
			.contains("href=\"/api/1/integrity/declarations/" + UUID_2017_FIRST + ".xml\"");
	}

	@Test
	void theEnglishPageTranslatesLabelsButNotDeclaredValues() throws Exception {
		String body = page("/declarations/personnes/" + slugOf(UUID_2024) + "?lang=en");

		assertThat(body).contains("Elective mandates", "Pay by year", "<td>10 312</td>", "<td class=\"declarations-amount\">10,312</td>")
			.doesNotContain("Mandats électifs");
	}

	@Test
	void theSearchFindsAPersonByNameAndByMandate() throws Exception {
		record Name(String nom, String slug) {
		}
		Name person = jdbc.sql("""
				select p.nom, p.slug from integrity_declaration d join integrity_declaration_person p on p.id = d.person_id
				where d.uuid = ?""").param(UUID_2024).query(Name.class).single();

		String byName = page("/declarations?q=" + person.nom().toLowerCase());
		String byMandate = page("/declarations?mandat=president");
		String nothing = page("/declarations?q=zzzzqqq");

		assertThat(byName).contains("href=\"/declarations/personnes/" + person.slug() + "\"");
		// The two "president" rows of the liste.csv slice are two documents of one person.
		assertThat(byMandate).contains("1 personne(s)").doesNotContain("/declarations/personnes/" + person.slug() + "\"");
		assertThat(nothing).contains("Aucune personne ne correspond à cette recherche.");
		mvc.perform(get("/declarations/personnes/personne-inconnue")).andExpect(status().isNotFound());
	}

	@Test
	void aPersonListedInListeCsvShowsItsDocuments() throws Exception {
		String slug = jdbc.sql("select p.slug from integrity_declaration_person p where p.hatvp_page = '/pages_nominatives/hakem-abbassia'")
			.query(String.class).single();

		String body = page("/declarations/personnes/" + slug);

		assertThat(body).contains("Documents listés par la HATVP (liste.csv)", "Adjointe au maire de Nantes", "<th scope=\"row\">DIM</th>",
				"href=\"https://www.hatvp.fr/pages_nominatives/hakem-abbassia\"", "Aucune déclaration de cette personne n'a été importée en XML.");
	}

	@Test
	void everySectionHasItsCsvTable() throws Exception {
		List<String> uuids = DeclarationSamples.uuids(DeclarationSamples.XML_2017);

		for (String table : DeclarationsCsvWriter.tableNames()) {
			MockHttpServletResponse response = streamed("/api/1/integrity/declarations/csv/" + table + ".csv");
			assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
			assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"" + table + ".csv\"");
		}
		String mandates = streamed("/api/1/integrity/declarations/csv/mandats_electifs.csv").getContentAsString(StandardCharsets.UTF_8);
		List<List<String>> pay = rows(streamed("/api/1/integrity/declarations/csv/remuneration_annuelle.csv"));
		List<List<String>> declarations = rows(streamed("/api/1/integrity/declarations/csv/declarations.csv"));

		assertThat(mandates.lines().findFirst().orElseThrow())
			.isEqualTo("uuid,element,motif,commentaire,conservee,descriptionMandat,dateDebut,dateFin,remuneration_brut_net");
		assertThat(rows(mandates).stream().filter(r -> uuids.contains(r.get(0)))).hasSize(98);
		assertThat(rows(mandates).stream().filter(r -> r.get(0).equals(UUID_2024))).hasSize(6);
		assertThat(pay).contains(List.of(UUID_2024, "activProfCinqDerniereDto", "1", "2022", "10 312", "10312", "Net"));
		assertThat(declarations.stream().filter(r -> uuids.contains(r.get(0)))).hasSize(48);
		mvc.perform(get("/api/1/integrity/declarations/csv/inconnue.csv")).andExpect(status().isNotFound());
	}

	@Test
	void theOriginalXmlIsServedAgain() throws Exception {
		String all = streamed("/api/1/integrity/declarations/declarations.xml").getContentAsString(StandardCharsets.UTF_8);
		MockHttpServletResponse one = mvc.perform(get("/api/1/integrity/declarations/" + UUID_2024 + ".xml"))
			.andExpect(status().isOk()).andReturn().getResponse();

		assertThat(all).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<declarations>\n<declaration>")
			.endsWith("</declarations>\n").contains("<uuid>" + UUID_2024 + "</uuid>", "<uuid>" + UUID_2017_FIRST + "</uuid>");
		assertThat(Arrays.stream(all.split("<declaration>")).count() - 1).isGreaterThanOrEqualTo(49);
		assertThat(one.getContentAsString(StandardCharsets.UTF_8)).contains("<montant>10 312</montant>",
				"<declarationVersion>20171221</declarationVersion>");
		assertThat(Declarations.parse(jdbc.sql("select xml from integrity_declaration where uuid = ?").param(UUID_2024)
			.query(String.class).single(), "stored").uuid()).isEqualTo(UUID_2024);
		mvc.perform(get("/api/1/integrity/declarations/inconnue.xml")).andExpect(status().isNotFound());
	}

	@Test
	void theOpenDatasetsHoldAggregatesOnly() throws Exception {
		String sections = page("/api/1/opendata/declarations-interets-rubriques/export.csv");
		String pay = page("/api/1/opendata/declarations-interets-remunerations-annuelles/export.csv");

		assertThat(sections.lines().findFirst().orElseThrow()).isEqualTo("type_declaration,rubrique,declarations,neant,avec_elements,elements");
		assertThat(sections).contains("DIA,activCollaborateursDto,");
		assertThat(pay.lines().findFirst().orElseThrow()).isEqualTo("annee,rubrique,montants_declares,montants_lisibles,somme");
		assertThat(sections + pay).doesNotContain(UUID_2024).doesNotContain("Données non publiées");
	}

	private MockHttpServletResponse streamed(String path) throws Exception {
		MvcResult started = mvc.perform(get(path)).andReturn();
		assertThat(started.getRequest().isAsyncStarted()).as("streamed asynchronously").isTrue();
		MockHttpServletResponse response = mvc.perform(asyncDispatch(started)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response;
	}

	private static List<List<String>> rows(MockHttpServletResponse response) throws Exception {
		return rows(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The data rows, read back by the library's CSV reader (values may span lines). */
	private static List<List<String>> rows(String csv) throws Exception {
		try (CsvTableReader reader = new CsvTableReader(new StringReader(csv), "test.csv", ',')) {
			List<List<String>> rows = new ArrayList<>();
			for (CsvTableReader.Row row = reader.next(); row != null; row = reader.next()) {
				rows.add(row.values());
			}
			return rows;
		}
	}
}
