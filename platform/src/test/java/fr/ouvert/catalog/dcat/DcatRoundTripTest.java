package fr.ouvert.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.ouvert.catalog.domain.DatasetDescription;
import fr.ouvert.catalog.harvest.HarvestedPage;

class DcatRoundTripTest {

	static final String SITE = SampleDatasets.SITE;

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
		byte[] bytes = write(page(SampleDatasets.datasets(), 1, 100, 3), format);

		Model model = ModelFactory.createDefaultModel();
		RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).parse(model);
		Resource dataset = ResourceFactory.createResource(DcatTerms.DCAT + "Dataset");
		assertThat(model.listSubjectsWithProperty(DcatTerms.TYPE, dataset).toList()).hasSize(3);
		assertThat(model.listSubjectsWithProperty(DcatTerms.TYPE, DcatTerms.DISTRIBUTION).toList()).hasSize(3);

		HarvestedPage read = DcatReader.read(bytes, format.mediaType(), SITE + "/api/1/site/catalog");

		assertThat(read.warnings()).isEmpty();
		assertThat(read.datasets()).containsExactlyElementsOf(SampleDatasets.datasets().stream().map(SampleDatasets::carried).toList());
		assertThat(read.total()).isEqualTo(3);
		assertThat(read.nextPageUrl()).isNull();
	}

	@ParameterizedTest
	@EnumSource(RdfFormat.class)
	void the_syntax_is_found_without_content_type(RdfFormat format) {
		byte[] bytes = write(page(SampleDatasets.datasets(), 1, 100, 3), format);

		HarvestedPage read = DcatReader.read(bytes, "application/octet-stream", SITE + "/catalog");

		assertThat(read.datasets()).hasSize(3);
	}

	@org.junit.jupiter.api.Test
	void json_ld_uses_a_compact_context() {
		String json = new String(write(page(SampleDatasets.datasets(), 1, 100, 3), RdfFormat.JSON_LD), StandardCharsets.UTF_8);

		assertThat(json).contains("\"@context\"").contains("\"dcat\"").contains("dct:title");
	}
}
