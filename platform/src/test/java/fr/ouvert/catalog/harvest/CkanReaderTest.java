package fr.ouvert.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.ouvert.catalog.domain.DatasetDescription;
import fr.ouvert.catalog.domain.DatasetDescription.ResourceDescription;

class CkanReaderTest {

	static final byte[] ZURICH = SharedCatalogSamples.resource("/demo-data/catalog/ckan_package_search_result_zurich_q-verkehr_rows3.json");

	static final String SEARCH = "https://data.stadt-zuerich.ch/api/3/action/package_search?q=verkehr&rows=3";

	@Test
	void zurich_package_search_without_envelope() {
		HarvestedPage page = CkanReader.read(ZURICH, SEARCH);

		assertThat(page.total()).isEqualTo(102);
		assertThat(page.nextPageUrl())
			.isEqualTo("https://data.stadt-zuerich.ch/api/3/action/package_search?q=verkehr&rows=3&start=3");
		assertThat(page.datasets()).extracting(DatasetDescription::slug)
			.containsExactly("geo_kommunaler_richtplan_verkehr", "ktzh_haltestellen_des_oeffentlichen_verkehrs___ogd_",
					"ktzh_tarifzonen_des_oeffentlichen_verkehrs__ogd_");
		assertThat(page.datasets()).extracting(d -> d.resources().size()).containsExactly(9, 10, 7);
		assertThat(page.datasets()).extracting(DatasetDescription::licence).containsOnly("cc-zero");
		DatasetDescription plan = page.datasets().get(0);
		assertThat(plan.remoteId()).isEqualTo("6e0d76e3-c85f-458c-931e-35e459f2c803");
		assertThat(plan.title()).isEqualTo("Kommunaler Richtplan Verkehr");
		assertThat(plan.tags()).containsExactly("geodaten", "geoportal", "liniendaten", "polygondaten", "punktdaten",
				"stzh", "vektordaten");
		assertThat(plan.publisherName()).isEqualTo("Stadt Zürich");
		assertThat(plan.landingPage()).isEqualTo("https://data.stadt-zuerich.ch/dataset/geo_kommunaler_richtplan_verkehr");
		assertThat(plan.createdAt()).isEqualTo(Instant.parse("2026-04-29T05:41:46.818919Z"));
		assertThat(plan.lastModified()).isEqualTo(Instant.parse("2026-08-07T06:10:44.740279Z"));
		assertThat(plan.description()).startsWith("Kommunaler Richtplan Verkehr neuer Entwurf.");
		ResourceDescription csv = plan.resources().get(0);
		assertThat(csv.title()).isEqualTo("Kommunaler_Richtplan_Verkehr.csv");
		assertThat(csv.format()).isEqualTo("csv");
		assertThat(csv.type()).as("resource_type api").isEqualTo("api");
		assertThat(csv.url()).isEqualTo("https://www.stadt-zuerich.ch/geodaten/download/Kommunaler_Richtplan_Verkehr?format=10008");
		assertThat(csv.lastModified()).as("no last_modified: the package's").isEqualTo(plan.lastModified());
	}

	@Test
	void the_last_page_has_no_next() {
		HarvestedPage page = CkanReader.read(ZURICH,
				"https://data.stadt-zuerich.ch/api/3/action/package_search?q=verkehr&rows=3&start=99");

		assertThat(page.nextPageUrl()).isNull();
	}

	@Test
	void dkan_package_show_with_french_dates() {
		HarvestedPage page = CkanReader.read(SharedCatalogSamples.read("ckan/dkan_package_show_hautsdefrance.json"),
				"https://opendata.hautsdefrance.fr/api/3/action/package_show?id=04be6288-696d-4331-850d-a144871a7e3a");

		DatasetDescription d = page.datasets().get(0);
		assertThat(d.title()).isEqualTo("Antennes régionales de la Région Hauts-de-France (au 01/10/2019)");
		assertThat(d.createdAt()).as("mar, 10/12/2019 - 09:23, Paris time").isEqualTo(Instant.parse("2019-12-10T08:23:00Z"));
		assertThat(d.lastModified()).isEqualTo(Instant.parse("2019-09-30T22:00:00Z"));
		assertThat(d.licence()).as("licence given as URL in license_title").isEqualTo("fr-lo");
		assertThat(d.frequency()).as("frequency-of-update asNeeded").isEqualTo("irregular");
		assertThat(d.description()).isEqualTo("Liste et coordonnées des antennes de proximité du conseil régional Hauts-de-France.");
		assertThat(d.tags()).contains("administration", "hauts-de-france", "services-d-utilite-publique-et-services-publics");
		assertThat(d.resources()).hasSize(2);
		ResourceDescription xlsx = d.resources().get(0);
		assertThat(xlsx.lastModified()).as("Date changed  jeu, 19/12/2019 - 03:00").isEqualTo(Instant.parse("2019-12-19T02:00:00Z"));
		assertThat(xlsx.filesize()).as("42 octets").isEqualTo(42);
		assertThat(xlsx.mime()).as("'xlsx' is not a media type").isNull();
		assertThat(xlsx.description()).isEqualTo("Tableau des données");
		assertThat(d.resources().get(1).format()).isNull();
	}

	@Test
	void an_api_error_says_what_ckan_answered() {
		String json = """
				{"help": "…", "success": false, "error": {"__type": "Not Found Error", "message": "Not found"}}
				""";

		assertThatThrownBy(() -> CkanReader.read(json.getBytes(StandardCharsets.UTF_8), SEARCH))
			.isInstanceOf(HarvestFormatException.class)
			.hasMessage(SEARCH + ", /error: the CKAN API answered an error: Not found");
	}

	@Test
	void hashes_licence_urls_and_sizes() {
		String json = """
				{"success": true, "result": {"id": "p1", "name": "p-1", "title": "P",
				  "license_url": "https://creativecommons.org/licenses/by/4.0/",
				  "extras": [{"key": "frequency", "value": "http://purl.org/cld/freq/monthly"},
				             {"key": "temporal_start", "value": "2018-01-01"}],
				  "resources": [{"id": "r", "url": "https://x.org/a.csv", "hash": "sha256:ABCDEF01", "size": 12,
				                 "mimetype": "text/csv", "resource_type": "documentation"},
				                {"id": "s", "url": "https://x.org/b.csv", "hash": "da39a3ee5e6b4b0d3255bfef95601890afd80709",
				                 "size": "lots"}]}}
				""";

		HarvestedPage page = CkanReader.read(json.getBytes(StandardCharsets.UTF_8),
				"https://ckan.example/api/3/action/package_show?id=p-1");

		DatasetDescription d = page.datasets().get(0);
		assertThat(d.licence()).isEqualTo("cc-by");
		assertThat(d.frequency()).isEqualTo("monthly");
		assertThat(d.temporalStart()).hasToString("2018-01-01");
		assertThat(d.resources()).extracting(ResourceDescription::checksumType).containsExactly("sha256", "sha1");
		assertThat(d.resources().get(0).checksumValue()).isEqualTo("abcdef01");
		assertThat(d.resources().get(0).type()).isEqualTo("documentation");
		assertThat(d.resources().get(0).filesize()).isEqualTo(12);
		assertThat(page.warnings()).extracting(HarvestWarning::toString)
			.containsExactly("https://ckan.example/api/3/action/package_show?id=p-1, p1, resource s, size: "
					+ "not a size in bytes: 'lots': dropped");
	}
}
