package fr.ouvert.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.ouvert.catalog.domain.DatasetDescription;
import fr.ouvert.catalog.domain.DatasetDescription.ResourceDescription;
import fr.ouvert.catalog.harvest.HarvestedPage;

class DcatRoundTripTest {

	static final String SITE = "https://ouvert.example";

	/** Three datasets using every field, each licence kind and frequencies with and without an EU term. */
	static List<DatasetDescription> datasets() {
		DatasetDescription budget = new DatasetDescription("d1", SITE + "/datasets/d1", "budget-primitif-2024",
				"Budget primitif 2024", "BP", "Le **budget** voté.\n\n- fonctionnement\n- investissement",
				List.of("budget", "finances-locales"), "lov2", "annual", LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 12, 31), List.of("fr:commune:35238", "fr:departement:35"), "fr:commune",
				Instant.parse("2024-01-15T10:00:00Z"), Instant.parse("2024-03-01T08:30:15.123Z"),
				SITE + "/donnees/budget-primitif-2024", "Rennes Métropole",
				List.of(new ResourceDescription("r1", "budget-2024.csv", "Les lignes du budget", SITE + "/files/budget-2024.csv",
						"main", "csv", "text/csv", 123456L, "sha256",
						"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
						Instant.parse("2024-03-01T08:00:00Z"), "scdl/budget", "0.8.3", true),
						new ResourceDescription("r2", "Notice.pdf", null, SITE + "/files/notice.pdf", "documentation",
								"pdf", "application/pdf", 2048L, "md5", "d41d8cd98f00b204e9800998ecf8427e", null,
								null, null, null)));
		DatasetDescription stops = new DatasetDescription("d2", SITE + "/datasets/d2", null, "Arrêts de bus \"ligne 4\"",
				null, "Ligne 4 & correspondances < 5 min", List.of("transport"), "other-open", "punctual",
				LocalDate.of(2019, 5, 1), null, List.of("country:fr"), null, Instant.parse("2019-05-01T00:00:00Z"), null,
				null, "Keolis", List.of(new ResourceDescription("r3", "API temps réel", "Interroger l'API",
						"https://api.example.org/v1/stops?line=4&format=json", "api", "json", "application/json", null,
						"sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709", Instant.parse("2020-01-01T12:00:00Z"),
						"https://example.org/schemas/stops.json", null, null)));
		DatasetDescription minutes = new DatasetDescription("d3", null, null, "Délibérations", null, null, List.of(),
				"fr-lo", "threeTimesADay", null, LocalDate.of(2023, 12, 31), List.of(), null, null,
				Instant.parse("2023-12-31T23:59:59Z"), null, null, List.of());
		return List.of(budget, stops, minutes);
	}

	/** What DCAT carries back: not the slug, acronym, granularity nor the link checker's verdict. */
	static DatasetDescription carried(DatasetDescription d) {
		return new DatasetDescription(d.remoteId(), d.uri(), null, d.title(), null, d.description(), d.tags(),
				d.licence(), d.frequency(), d.temporalStart(), d.temporalEnd(), d.spatialZones(), null, d.createdAt(),
				d.lastModified(), d.landingPage(), d.publisherName(),
				d.resources()
					.stream()
					.map(r -> new ResourceDescription(r.remoteId(), r.title(), r.description(), r.url(), r.type(),
							r.format(), r.mime(), r.filesize(), r.checksumType(), r.checksumValue(), r.lastModified(),
							r.schemaName(), r.schemaVersion(), null))
					.toList());
	}

	static CatalogPage page(List<DatasetDescription> datasets, int page, int pageSize, long total) {
		return new CatalogPage(SITE + "/api/1/site/catalog", "Ouvert", "Les données de la plateforme", "Ouvert", SITE,
				datasets, page, pageSize, total, p -> SITE + "/api/1/site/catalog?page=" + p + "&page_size=" + pageSize);
	}

	static byte[] write(CatalogPage page, RdfFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DcatWriter.write(page, format, out);
		return out.toByteArray();
	}

	@ParameterizedTest
	@EnumSource(RdfFormat.class)
	void every_field_comes_back_from_each_syntax(RdfFormat format) {
		byte[] bytes = write(page(datasets(), 1, 100, 3), format);

		Model model = ModelFactory.createDefaultModel();
		RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).parse(model);
		Resource dataset = ResourceFactory.createResource(DcatTerms.DCAT + "Dataset");
		assertThat(model.listSubjectsWithProperty(DcatTerms.TYPE, dataset).toList()).hasSize(3);
		assertThat(model.listSubjectsWithProperty(DcatTerms.TYPE, DcatTerms.DISTRIBUTION).toList()).hasSize(3);

		HarvestedPage read = DcatReader.read(bytes, format.mediaType(), SITE + "/api/1/site/catalog");

		assertThat(read.warnings()).isEmpty();
		assertThat(read.datasets()).containsExactlyElementsOf(datasets().stream().map(DcatRoundTripTest::carried).toList());
		assertThat(read.total()).isEqualTo(3);
		assertThat(read.nextPageUrl()).isNull();
	}

	@ParameterizedTest
	@EnumSource(RdfFormat.class)
	void the_syntax_is_found_without_content_type(RdfFormat format) {
		byte[] bytes = write(page(datasets(), 1, 100, 3), format);

		HarvestedPage read = DcatReader.read(bytes, "application/octet-stream", SITE + "/catalog");

		assertThat(read.datasets()).hasSize(3);
	}

	@org.junit.jupiter.api.Test
	void json_ld_uses_a_compact_context() {
		String json = new String(write(page(datasets(), 1, 100, 3), RdfFormat.JSON_LD), StandardCharsets.UTF_8);

		assertThat(json).contains("\"@context\"").contains("\"dcat\"").contains("dct:title");
	}
}
