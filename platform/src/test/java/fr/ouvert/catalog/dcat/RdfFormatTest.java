package fr.ouvert.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RdfFormatTest {

	@Test
	void content_negotiation_by_media_type_or_extension() {
		assertThat(RdfFormat.ofMediaType("text/turtle; charset=UTF-8")).contains(RdfFormat.TURTLE);
		assertThat(RdfFormat.ofMediaType("application/ld+json")).contains(RdfFormat.JSON_LD);
		assertThat(RdfFormat.ofMediaType("application/rdf+xml")).contains(RdfFormat.RDF_XML);
		assertThat(RdfFormat.ofMediaType("text/html")).isEmpty();
		assertThat(RdfFormat.ofExtension("xml")).contains(RdfFormat.RDF_XML);
		assertThat(RdfFormat.ofExtension("JSONLD")).contains(RdfFormat.JSON_LD);
		assertThat(RdfFormat.ofExtension("csv")).isEmpty();
	}

	@Test
	void a_page_knows_its_last_page_and_refuses_impossible_numbers() {
		CatalogPage page = new CatalogPage("https://x.org/catalog", "X", null, null, null, List.of(), 1, 100, 250,
				p -> "https://x.org/catalog?page=" + p);
		CatalogPage empty = new CatalogPage("https://x.org/catalog", "X", null, null, null, List.of(), 1, 100, 0,
				p -> "https://x.org/catalog?page=" + p);

		assertThat(page.lastPage()).isEqualTo(3);
		assertThat(empty.lastPage()).isEqualTo(1);
		assertThatThrownBy(() -> new CatalogPage("https://x.org/catalog", "X", null, null, null, List.of(), 0, 100, 0,
				p -> "")).hasMessage("page 0, page size 100, total 0: expected page and size >= 1, total >= 0");
	}
}
