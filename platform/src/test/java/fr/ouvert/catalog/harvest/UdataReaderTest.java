package fr.ouvert.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.ouvert.catalog.domain.DatasetDescription;
import fr.ouvert.catalog.domain.DatasetDescription.ResourceDescription;

class UdataReaderTest {

	static final byte[] DATASET = SharedCatalogSamples.resource("/demo-data/catalog/datagouv_api1_dataset.json");

	static final String SOURCE = "https://www.data.gouv.fr/api/1/datasets/5d13a8b6634f41070a43dff3/";

	@Test
	void data_gouv_fr_dataset() {
		HarvestedPage page = UdataReader.read(DATASET, SOURCE);

		assertThat(page.warnings()).isEmpty();
		DatasetDescription d = page.datasets().get(0);
		assertThat(d.remoteId()).isEqualTo("5d13a8b6634f41070a43dff3");
		assertThat(d.title()).isEqualTo("Catalogue des données de data.gouv.fr");
		assertThat(d.slug()).isEqualTo("catalogue-des-donnees-de-data-gouv-fr");
		assertThat(d.uri()).isEqualTo("https://www.data.gouv.fr/api/1/datasets/catalogue-des-donnees-de-data-gouv-fr/");
		assertThat(d.landingPage()).isEqualTo("https://www.data.gouv.fr/fr/datasets/catalogue-des-donnees-de-data-gouv-fr/");
		assertThat(d.description()).startsWith("La plateforme data.gouv.fr est le portail unique");
		assertThat(d.licence()).isEqualTo("lov2");
		assertThat(d.frequency()).isEqualTo("weekly");
		assertThat(d.publisherName()).isEqualTo("data.gouv.fr");
		assertThat(d.createdAt()).isEqualTo(Instant.parse("2019-06-26T19:17:42.238Z"));
		assertThat(d.lastModified()).as("last_update").isEqualTo(Instant.parse("2025-04-07T08:15:30.581Z"));
		assertThat(d.tags()).isEmpty();
		assertThat(d.temporalStart()).isNull();
		assertThat(d.spatialZones()).isEmpty();
		assertThat(d.resources()).hasSize(8);
		assertThat(d.resources()).extracting(ResourceDescription::type).containsOnly("main", "documentation");
		assertThat(d.resources()).filteredOn(r -> r.type().equals("documentation")).hasSize(1);
		assertThat(d.resources()).extracting(ResourceDescription::available).containsOnly(true);
		assertThat(d.resources()).extracting(ResourceDescription::checksumType).containsOnly("sha1");
		ResourceDescription first = d.resources().get(0);
		assertThat(first).isEqualTo(new ResourceDescription("f868cca6-8da1-4369-a78d-47463f19a9a3",
				"export-dataset-20250407-054928.csv", null,
				"https://static.data.gouv.fr/resources/catalogue-des-donnees-de-data-gouv-fr/20250407-054928/export-dataset-20250407-054928.csv",
				"main", "csv", "text/csv", 176653507L, "sha1", "ac6f302f0f3fe34604fc65c6e24259f6a1874cb7",
				Instant.parse("2025-04-07T07:49:37.212Z"), null, null, true));
		assertThat(d.resources().get(1).schemaName()).as("schema {name: null, url: null}").isNull();
	}

	@Test
	void a_page_in_the_envelope_with_schema_zones_and_period() {
		String json = """
				{"data": [
				  {"id": "a1", "title": "Bornes IRVE", "license": "Licence Ouverte Version 2.0", "frequency": "fortnighly",
				   "tags": ["irve", "mobilité électrique", "ev"],
				   "temporal_coverage": {"start": "2020-01-01", "end": "2021-06-30T00:00:00+00:00"},
				   "spatial": {"zones": ["fr:departement:35", {"id": "fr:commune:35238"}], "granularity": "fr:commune"},
				   "resources": [{"id": "r1", "title": "irve.csv", "url": "https://example.org/irve.csv",
				     "schema": {"name": "etalab/schema-irve-statique", "version": "2.3.1"},
				     "extras": {"check:available": false}}]},
				  {"id": "a2", "description": "no title"}
				 ],
				 "page": 1, "page_size": 2, "total": 3,
				 "next_page": "https://www.data.gouv.fr/api/1/datasets/?organization=x&page=2&page_size=2",
				 "previous_page": null}
				""";

		HarvestedPage page = UdataReader.read(json.getBytes(StandardCharsets.UTF_8), SOURCE);

		assertThat(page.nextPageUrl()).isEqualTo("https://www.data.gouv.fr/api/1/datasets/?organization=x&page=2&page_size=2");
		assertThat(page.total()).isEqualTo(3);
		DatasetDescription d = page.datasets().get(0);
		assertThat(d.licence()).isEqualTo("lov2");
		assertThat(d.frequency()).as("legacy code").isEqualTo("biweekly");
		assertThat(d.tags()).containsExactly("irve", "mobilite-electrique");
		assertThat(d.temporalStart()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(d.temporalEnd()).isEqualTo(LocalDate.of(2021, 6, 30));
		assertThat(d.spatialZones()).containsExactly("fr:departement:35", "fr:commune:35238");
		assertThat(d.spatialGranularity()).isEqualTo("fr:commune");
		ResourceDescription r = d.resources().get(0);
		assertThat(r.schemaName()).isEqualTo("etalab/schema-irve-statique");
		assertThat(r.schemaVersion()).isEqualTo("2.3.1");
		assertThat(r.available()).isFalse();
		assertThat(r.type()).isEqualTo("main");
		assertThat(page.datasets()).hasSize(1);
		assertThat(page.warnings()).extracting(HarvestWarning::toString)
			.containsExactly(SOURCE + ", a1, tags: tag 'ev' has a length out of 3-96: dropped",
					SOURCE + ", a2, title: dataset has no title: skipped");
	}

	@Test
	void a_value_of_the_wrong_kind_says_where() {
		String json = "{\"data\": [{\"id\": \"a1\", \"title\": \"T\", \"resources\": {\"url\": \"x\"}}]}";

		assertThatThrownBy(() -> UdataReader.read(json.getBytes(StandardCharsets.UTF_8), SOURCE))
			.isInstanceOf(HarvestFormatException.class)
			.hasMessage(SOURCE + ", /data/0/resources: expected an array, found object");
	}

	@Test
	void broken_json_says_where() {
		assertThatThrownBy(() -> UdataReader.read("{\"data\": [\n{\"id\": }]}".getBytes(StandardCharsets.UTF_8), SOURCE))
			.isInstanceOf(HarvestFormatException.class)
			.hasMessageStartingWith(SOURCE + ", line 2, column 8: not valid JSON: ");
	}
}
