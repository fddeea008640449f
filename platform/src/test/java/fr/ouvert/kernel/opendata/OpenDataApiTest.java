package fr.ouvert.kernel.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import fr.ouvert.testing.PlatformTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

/** The open-data kernel, on the datasets the plan tracker declares. */
class OpenDataApiTest extends PlatformTest {

	@org.springframework.beans.factory.annotation.Autowired
	OpenDataCatalog catalog;

	@Test
	void everyDeclaredDatasetIsListed() throws Exception {
		// One page large enough for every module's datasets (the default page holds 20).
		mvc.perform(get("/api/1/opendata/").param("page_size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data[*].slug").value(containsInAnyOrder(catalog.all().stream().map(OpenDataset::slug)
				.toArray())))
			.andExpect(jsonPath("$.data[*].slug").value(org.hamcrest.Matchers.hasItems("plan-engagements", "plan-actions",
					"plan-historique-statuts")))
			.andExpect(jsonPath("$.data[0].license").value("lov2"))
			.andExpect(jsonPath("$.data[0].resources[0].url").value(endsWith("/api/1/opendata/plan-engagements/export.csv")));
	}

	@Test
	void rowsArePagedInTheUdataEnvelope() throws Exception {
		mvc.perform(get("/api/1/opendata/plan-actions/rows").param("page_size", "10"))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(header().exists("Last-Modified"))
			.andExpect(jsonPath("$.total").value(131))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.page_size").value(10))
			.andExpect(jsonPath("$.previous_page").isEmpty())
			.andExpect(jsonPath("$.next_page").value(endsWith("page=2")))
			.andExpect(jsonPath("$.data[0].id").value("1.1"))
			.andExpect(jsonPath("$.data[0].calendar").value("Fin 2018"))
			.andExpect(jsonPath("$.data[0].deadline").value("2018-12-31"));
	}

	@Test
	void theCsvExportIsRfc4180WithAHeader() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/1/opendata/plan-actions/export.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"plan-actions.csv\""))
			.andReturn().getResponse();
		List<List<String>> records = parseCsv(response.getContentAsString());
		assertThat(records.get(0)).containsExactly("id", "commitment", "kind", "text", "details", "calendar", "deadline",
				"engaged_by", "status", "completion_percent", "overdue", "status_comment", "status_changed_at");
		assertThat(records).hasSize(132);
		List<String> orcid = records.stream().filter(r -> r.get(0).equals("18.6")).findFirst().orElseThrow();
		assertThat(orcid.get(5)).isEqualTo("2018 ou 2019");
		assertThat(orcid.get(6)).isEqualTo("2019-12-31");
		assertThat(records.stream().filter(r -> r.size() != 13)).as("every record has every column").isEmpty();
	}

	@Test
	void theJsonExportIsOneArray() throws Exception {
		mvc.perform(get("/api/1/opendata/plan-engagements/export.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(21))
			.andExpect(jsonPath("$[17].number").value(18))
			.andExpect(jsonPath("$[17].actions").value(11))
			.andExpect(jsonPath("$[19].carrying_institutions").value("Haute Autorité pour la Transparence de la Vie Publique"));
	}

	@Test
	void anUnchangedDatasetAnswersNotModified() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/api/1/opendata/plan-engagements/export.csv")).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		mvc.perform(get("/api/1/opendata/plan-engagements/export.csv").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		mvc.perform(get("/api/1/opendata/plan-engagements/export.csv").header("If-Modified-Since", first.getHeader("Last-Modified")))
			.andExpect(status().isNotModified());
		mvc.perform(get("/api/1/opendata/plan-engagements/rows").header("If-None-Match", etag))
			.andExpect(status().isOk());
	}

	@Test
	void theSchemaIsATableSchema() throws Exception {
		mvc.perform(get("/api/1/opendata/plan-actions/schema.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fields[0].name").value("id"))
			.andExpect(jsonPath("$.fields[0].type").value("string"))
			.andExpect(jsonPath("$.fields[0].constraints.required").value(true))
			.andExpect(jsonPath("$.fields[6].type").value("date"));
	}

	@Test
	void anUnknownDatasetIsNotFound() throws Exception {
		mvc.perform(get("/api/1/opendata/inconnu/export.csv")).andExpect(status().isNotFound());
	}

	@Test
	void theDonneesPageListsTheDatasets() throws Exception {
		var page = Jsoup.parse(mvc.perform(get("/donnees")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("h2.fr-card__title a").eachAttr("href"))
			.containsExactlyInAnyOrderElementsOf(catalog.all().stream().map(d -> "/donnees/" + d.slug()).toList())
			.contains("/donnees/plan-engagements", "/donnees/plan-actions", "/donnees/plan-historique-statuts");
		var dataset = Jsoup.parse(mvc.perform(get("/donnees/plan-actions")).andReturn().getResponse().getContentAsString());
		assertThat(dataset.select("a[href$=export.csv]")).hasSize(1);
		assertThat(dataset.select("table").last().select("tbody tr")).hasSize(10);
	}

	/** A strict RFC 4180 reader, so the test does not trust the writer it checks. */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i++;
			}
			else {
				assertThat(c).as("bare line break at %d", i).isNotIn('\r', '\n');
				field.append(c);
			}
		}
		assertThat(field).as("text ends with CRLF").isEmpty();
		return records;
	}
}
