package fr.ouvert.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

import fr.ouvert.catalog.domain.DatasetDescription;
import fr.ouvert.catalog.domain.DatasetDescription.ResourceDescription;
import fr.ouvert.catalog.harvest.HarvestFormatException;
import fr.ouvert.catalog.harvest.HarvestWarning;
import fr.ouvert.catalog.harvest.HarvestedPage;
import fr.ouvert.catalog.harvest.SharedCatalogSamples;

class DcatReaderTest {

	private static final String TURTLE_PREFIXES = """
			@prefix dcat: <http://www.w3.org/ns/dcat#> .
			@prefix dct: <http://purl.org/dc/terms/> .
			@prefix hydra: <http://www.w3.org/ns/hydra/core#> .
			@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
			""";

	private static HarvestedPage turtle(String body) {
		return DcatReader.read((TURTLE_PREFIXES + body).getBytes(StandardCharsets.UTF_8), "text/turtle",
				"https://remote.example/catalog.ttl");
	}

	@Test
	void a_middle_page_links_to_all_its_neighbours() {
		CatalogPage page = DcatRoundTripTest.page(SampleDatasets.datasets().subList(0, 2), 2, 2, 5);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DcatWriter.write(page, RdfFormat.TURTLE, out);
		Model model = ModelFactory.createDefaultModel();
		RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.TURTLE).parse(model);

		Resource view = model.getResource(page.pageUrl().apply(2));
		assertThat(view.hasProperty(DcatTerms.TYPE, DcatTerms.PARTIAL_COLLECTION_VIEW)).isTrue();
		assertThat(view.getPropertyResourceValue(DcatTerms.FIRST).getURI()).isEqualTo(page.pageUrl().apply(1));
		assertThat(view.getPropertyResourceValue(DcatTerms.PREVIOUS).getURI()).isEqualTo(page.pageUrl().apply(1));
		assertThat(view.getPropertyResourceValue(DcatTerms.NEXT).getURI()).isEqualTo(page.pageUrl().apply(3));
		assertThat(view.getPropertyResourceValue(DcatTerms.LAST).getURI()).isEqualTo(page.pageUrl().apply(3));
		HarvestedPage read = DcatReader.read(out.toByteArray(), "text/turtle", page.pageUrl().apply(2));
		assertThat(read.nextPageUrl()).isEqualTo(page.pageUrl().apply(3));
		assertThat(read.total()).isEqualTo(5);
	}

	@Test
	void the_legacy_paged_collection_gives_the_next_page() {
		HarvestedPage page = turtle("""
				<https://remote.example/catalog?page=1> a hydra:PagedCollection ;
				    hydra:totalItems "250"^^xsd:integer ;
				    hydra:nextPage <https://remote.example/catalog?page=2> .
				<https://remote.example/d/1> a dcat:Dataset ; dct:title "Un" .
				""");

		assertThat(page.nextPageUrl()).isEqualTo("https://remote.example/catalog?page=2");
		assertThat(page.total()).isEqualTo(250);
		assertThat(page.datasets()).extracting(DatasetDescription::remoteId).containsExactly("https://remote.example/d/1");
	}

	@Test
	void a_dataset_without_title_is_reported_and_skipped() {
		HarvestedPage page = turtle("""
				<https://remote.example/d/1> a dcat:Dataset ; dct:identifier "1" .
				<https://remote.example/d/2> a dcat:Dataset ; dct:identifier "2" ; dct:title "Deux" .
				""");

		assertThat(page.datasets()).extracting(DatasetDescription::title).containsExactly("Deux");
		assertThat(page.warnings()).containsExactly(new HarvestWarning("https://remote.example/catalog.ttl",
				"https://remote.example/d/1", "dct:title", "dataset has no title: skipped"));
	}

	@Test
	void values_it_cannot_map_are_dropped_with_a_warning() {
		HarvestedPage page = turtle("""
				<https://remote.example/d/1> a dcat:Dataset ; dct:title "Un" ;
				    dct:license <https://remote.example/my-licence> ;
				    dct:accrualPeriodicity <http://purl.org/cld/freq/ThisTermDoesNotExist> ;
				    dct:spatial <http://sws.geonames.org/2988507/> ;
				    dct:issued "hier" ;
				    dcat:distribution [ dct:title "sans lien" ] ,
				        [ dcat:accessURL <https://remote.example/f.csv> ; dcat:byteSize "beaucoup" ] .
				""");

		DatasetDescription d = page.datasets().get(0);
		assertThat(d.licence()).isEqualTo("notspecified");
		assertThat(d.frequency()).isNull();
		assertThat(d.spatialZones()).isEmpty();
		assertThat(d.createdAt()).isNull();
		assertThat(d.resources()).singleElement().satisfies(r -> {
			assertThat(r.title()).isEqualTo("f.csv");
			assertThat(r.filesize()).isNull();
			assertThat(r.type()).isEqualTo("main");
		});
		assertThat(page.warnings()).extracting(HarvestWarning::property)
			.containsExactlyInAnyOrder("dct:license", "dct:accrualPeriodicity", "dct:spatial", "dct:issued",
					"dcat:downloadURL", "dcat:byteSize");
		assertThat(page.warnings()).extracting(HarvestWarning::message)
			.contains("licence not recognised (https://remote.example/my-licence): notspecified",
					"unknown frequency http://purl.org/cld/freq/ThisTermDoesNotExist: dropped",
					"spatial coverage http://sws.geonames.org/2988507/ is not a zone id such as fr:departement:35: dropped");
	}

	@Test
	void broken_syntax_says_where() {
		assertThatThrownBy(() -> turtle("<https://remote.example/d/1> a dcat:Dataset ;\n dct:title \"Un\" \n<oops> ."))
			.isInstanceOf(HarvestFormatException.class)
			.hasMessageStartingWith("https://remote.example/catalog.ttl: not valid Turtle: ")
			.hasMessageContaining("[line: 7, col: 1 ] Triples not terminated by DOT");
	}

	@Test
	void the_syntax_comes_from_content_type_then_extension_then_content() {
		byte[] xml = "<?xml version=\"1.0\"?><rdf:RDF/>".getBytes(StandardCharsets.UTF_8);
		byte[] json = "{\"@graph\": []}".getBytes(StandardCharsets.UTF_8);

		assertThat(DcatReader.syntax(json, "application/ld+json; charset=utf-8", "https://x/c.rdf")).isEqualTo(Lang.JSONLD);
		assertThat(DcatReader.syntax(json, "text/xml", "https://x/c")).isEqualTo(Lang.RDFXML);
		assertThat(DcatReader.syntax(json, null, "https://x/catalog.nt?page=2")).isEqualTo(Lang.NTRIPLES);
		assertThat(DcatReader.syntax(xml, "application/octet-stream", "https://x/catalog")).isEqualTo(Lang.RDFXML);
		assertThat(DcatReader.syntax(json, null, "https://x/catalog")).isEqualTo(Lang.JSONLD);
		assertThat(DcatReader.syntax("<a> <b> <c> .".getBytes(StandardCharsets.UTF_8), null, null)).isEqualTo(Lang.TURTLE);
	}

	@Test
	void udata_harvester_test_catalog() {
		HarvestedPage page = DcatReader.read(SharedCatalogSamples.read("udata/udata_test_dcat_catalog.rdf.xml"), null,
				"http://data.test.org/catalog.xml");

		assertThat(page.datasets()).extracting(DatasetDescription::title)
			.containsExactly("Dataset 1", "Dataset 2", "Dataset 3", "Dataset 4");
		assertThat(page.datasets()).extracting(d -> d.resources().size()).containsExactly(3, 2, 1, 2);
		DatasetDescription one = page.datasets().get(0);
		assertThat(one.description()).isEqualTo("# h1 title\n\n## h2 title\n\n**and bold text**");
		assertThat(one.tags()).containsExactly("tag-1", "tag-2", "tag-3", "tag-4", "theme-1", "theme-2");
		assertThat(one.temporalStart()).isEqualTo(LocalDate.of(2016, 1, 1));
		assertThat(one.temporalEnd()).isEqualTo(LocalDate.of(2016, 12, 5));
		assertThat(one.licence()).as("from its distribution: Licence Ouverte Version 1.0").isEqualTo("fr-lo");
		assertThat(one.publisherName()).isEqualTo("An Organization");
		assertThat(one.landingPage()).isEqualTo("http://data.test.org/datasets/1");
		assertThat(one.lastModified()).isEqualTo(Instant.parse("2016-12-14T19:01:24.184120Z"));
		ResourceDescription json = one.resources().get(0);
		assertThat(json.title()).isEqualTo("Resource 1-1");
		assertThat(json.format()).isEqualTo("json");
		assertThat(json.mime()).isEqualTo("application/json");
		assertThat(json.filesize()).isEqualTo(12323);
		assertThat(json.url()).isEqualTo("http://data.test.org/datasets/1/resources/1/file.json");
		assertThat(page.datasets().get(1).licence()).as("dct:rights").isEqualTo("lov2");
		assertThat(page.datasets().get(1).temporalStart()).as("period given by IRI").isEqualTo(LocalDate.of(2016, 1, 1));
		DatasetDescription three = page.datasets().get(2);
		assertThat(three.licence()).isEqualTo("lov2");
		assertThat(three.frequency()).isEqualTo("daily");
		assertThat(three.temporalEnd()).as("schema:endDate").isEqualTo(LocalDate.of(2016, 12, 5));
		assertThat(three.resources().get(0).url()).as("relative distribution IRI resolved")
			.isEqualTo("http://data.test.org/datasets/3/resources/1/file.json");
		assertThat(page.warnings()).extracting(HarvestWarning::message)
			.contains("unknown frequency http://purl.org/cld/freq/ThisTermDoesNotExist: dropped",
					"spatial coverage http://wuEurope.com/ is not a zone id such as fr:departement:35: dropped");
	}

	@Test
	void data_gouv_fr_organisation_catalog_page() {
		String url = "https://www.data.gouv.fr/api/1/organizations/54884a24c751df7226a3fc16/catalog.rdf?page=1&page_size=100";
		HarvestedPage page = DcatReader.read(SharedCatalogSamples.read("udata/datagouv_org_catalog_dcat_page.rdf.xml"),
				"application/rdf+xml", url);

		assertThat(page.total()).isEqualTo(2);
		assertThat(page.nextPageUrl()).as("one page only: first = last, no next").isNull();
		assertThat(page.datasets()).extracting(DatasetDescription::title)
			.containsExactly("Bureaux de vote - Vanves",
					"Ville de Vanves - Part des véhicules à faibles émissions dans le renouvellement du parc");
		assertThat(page.datasets()).extracting(d -> d.resources().size()).containsExactly(4, 2);
		DatasetDescription votes = page.datasets().get(0);
		assertThat(votes.tags()).containsExactly("administration-finances-publiques", "bureaux-de-vote", "elections");
		assertThat(votes.licence()).isEqualTo("notspecified");
		assertThat(votes.publisherName()).as("vcard:fn of the contact").isEqualTo("Vanves");
		assertThat(votes.resources()).extracting(ResourceDescription::format).as("the GeoJSON export is declared dct:format json")
			.containsExactly("csv", "json", "json", "zip");
		assertThat(votes.resources().get(0).url()).as("downloadURL before accessURL")
			.startsWith("https://vanves-seineouest.opendatasoft.com/api/explore/v2.1/");
		assertThat(votes.resources().get(0).remoteId()).isEqualTo("5dd4e0b2-4d96-4f36-b73e-b78ec993703c");
	}

	@Test
	void ckanext_dcat_example_catalog() {
		HarvestedPage page = DcatReader.read(SharedCatalogSamples.read("ckan/ckanext-dcat_example_catalog.rdf.xml"), null,
				"https://data.some.org/catalog.rdf");

		assertThat(page.datasets()).extracting(DatasetDescription::title)
			.containsExactly("Example dataset 1", "Example dataset 2");
		assertThat(page.datasets()).extracting(d -> d.resources().size()).containsExactly(3, 2);
		assertThat(page.datasets()).extracting(DatasetDescription::publisherName)
			.containsExactly("Publishing Organization for dataset 1", "Publishing Organization for dataset 2");
		DatasetDescription two = page.datasets().get(1);
		assertThat(two.createdAt()).isEqualTo(Instant.parse("2012-06-21T00:00:00Z"));
		ResourceDescription pdf = two.resources().get(1);
		assertThat(pdf.mime()).as("dct:IMT rdf:value").isEqualTo("application/pdf");
		assertThat(pdf.format()).isEqualTo("pdf");
		assertThat(page.datasets().get(0).licence()).isEqualTo("notspecified");
		assertThat(page.warnings()).extracting(HarvestWarning::message)
			.contains("licence not recognised (https://data.some.org/link/to/license): notspecified");
		assertThat(page.datasets().get(0).resources().get(2).title())
			.isEqualTo("A distribution for this dataset in PDF format");
	}
}
