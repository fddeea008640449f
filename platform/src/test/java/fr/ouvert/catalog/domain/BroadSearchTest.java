package fr.ouvert.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.ouvert.catalog.search.DatasetIndex;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A word found in thousands of datasets, loaded straight into PostgreSQL (as a bulk load would)
 * and then indexed by a rebuild: the total and the facets are exact, the page is the first in
 * order, and relevance puts the most popular first among equal text scores.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BroadSearchTest extends PlatformTest {

	private static final String WORD = "zoologiquebroad";

	private static final int ROWS = 14_000;

	@Autowired
	DatasetSearch search;

	@Autowired
	DatasetIndex index;

	@BeforeAll
	void manyMatches() {
		jdbc.sql("""
				insert into catalog_dataset (id, slug, title, organisation_id, organisation_name, tags, licence, created_at,
				    last_modified, last_update, formats)
				select gen_random_uuid(), 'broad-' || i, 'Parc %s ' || i, 1, 'Organisation', array['tag-' || (i %% 3)],
				       case when i %% 4 = 0 then 'odc-odbl' else 'lov2' end, now(), now(), now(), array['csv']
				from generate_series(1, %d) i""".formatted(WORD, ROWS)).update();
		jdbc.sql("update catalog_dataset set views = 5000 where slug = 'broad-777'").update();
		assertThat(index.rebuild().datasets()).isGreaterThanOrEqualTo(ROWS);
	}

	@AfterAll
	void removeThem() {
		jdbc.sql("delete from catalog_dataset where slug like 'broad-%'").update();
		index.rebuild();
	}

	@Test
	void aBroadSearchIsCountedExactly() {
		DatasetSearch.Result result = search.search(new DatasetSearch.Query(WORD, null, List.of(), null, null, null, null,
				null, null, null, null, "title", false), PageRequest.of(1, 20), true);
		assertThat(result.total()).isEqualTo(ROWS);
		assertThat(result.facets().get("license")).extracting(DatasetSearch.FacetValue::name, DatasetSearch.FacetValue::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("lov2", ROWS * 3L / 4),
					org.assertj.core.groups.Tuple.tuple("odc-odbl", ROWS / 4L));
		assertThat(result.facets().get("tag")).extracting(DatasetSearch.FacetValue::count)
			.containsExactly(4667L, 4667L, 4666L);
		assertThat(result.facets().get("organization")).singleElement()
			.isEqualTo(new DatasetSearch.FacetValue("1", "Organisation", ROWS));
		assertThat(result.datasets()).hasSize(20);
		assertThat(result.datasets().get(0).title()).isEqualTo("Parc " + WORD + " 1");
		assertThat(result.datasets().get(1).title()).isEqualTo("Parc " + WORD + " 10");

		// The last page, and a page past the end.
		assertThat(search.search(new DatasetSearch.Query(WORD, null, List.of(), null, null, null, null, null, null, null,
				null, "-title", false), PageRequest.of(700, 20), false).datasets()).hasSize(20);
		assertThat(search.search(new DatasetSearch.Query(WORD, null, List.of(), null, null, null, null, null, null, null,
				null, "title", false), PageRequest.of(701, 20), false).datasets()).isEmpty();

		// Sorted by relevance, equal text scores come in order of popularity.
		DatasetSearch.Result relevance = search.search(new DatasetSearch.Query(WORD, null, List.of(), null, null, null,
				null, null, null, null, null, null, false), PageRequest.of(1, 20), true);
		assertThat(relevance.datasets().get(0).slug()).isEqualTo("broad-777");

		DatasetSearch.Result narrow = search.search(new DatasetSearch.Query(WORD, null, List.of("tag-1"), "odc-odbl", null,
				null, null, null, null, null, null, null, false), PageRequest.of(1, 20), true);
		long exact = jdbc.sql("select count(*) from catalog_dataset where slug like 'broad-%' and 'tag-1' = any(tags) "
				+ "and licence = 'odc-odbl'").query(Long.class).single();
		assertThat(narrow.total()).isEqualTo(exact);
	}
}
