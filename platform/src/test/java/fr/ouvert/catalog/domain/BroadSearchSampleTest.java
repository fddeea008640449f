package fr.ouvert.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A word found in more datasets than {@link DatasetSearch#EXACT_FACETS_LIMIT} has its total and
 * facets counted on a sample, said to be approximate and close to the exact counts; the page of
 * datasets stays exact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BroadSearchSampleTest extends PlatformTest {

	private static final String WORD = "zoologiquebroad";

	private static final int ROWS = 14_000;

	@Autowired
	DatasetSearch search;

	@BeforeAll
	void manyMatches() {
		jdbc.sql("""
				insert into catalog_dataset (id, slug, title, organisation_id, organisation_name, tags, licence, created_at,
				    last_modified, last_update, formats)
				select gen_random_uuid(), 'broad-' || i, 'Parc %s ' || i, 1, 'Organisation', array['tag-' || (i %% 3)],
				       case when i %% 4 = 0 then 'odc-odbl' else 'lov2' end, now(), now(), now(), array['csv']
				from generate_series(1, %d) i""".formatted(WORD, ROWS)).update();
		jdbc.sql("update catalog_dataset set views = 5000 where slug = 'broad-777'").update();
		jdbc.sql("analyze catalog_dataset").update();
	}

	@AfterAll
	void removeThem() {
		jdbc.sql("delete from catalog_dataset where slug like 'broad-%'").update();
	}

	@Test
	void aBroadSearchIsCountedOnASampleCloseToTheExactCounts() {
		DatasetSearch.Result result = search.search(new DatasetSearch.Query(WORD, null, List.of(), null, null, null, null,
				null, null, null, null, "title", false), PageRequest.of(1, 20), true);
		assertThat(result.approximate()).isTrue();
		assertThat((double) result.total()).isCloseTo(ROWS, within(ROWS * 0.1));
		long odbl = result.facets().get("license").stream().filter(v -> v.name().equals("odc-odbl")).findFirst()
			.orElseThrow().count();
		assertThat((double) odbl).isCloseTo(ROWS / 4.0, within(ROWS / 4.0 * 0.15));
		// The page itself is exact: the first titles in order.
		assertThat(result.datasets()).hasSize(20);
		assertThat(result.datasets().get(0).title()).isEqualTo("Parc " + WORD + " 1");

		// Sorted by relevance, such a broad search comes in order of quality and popularity.
		DatasetSearch.Result relevance = search.search(new DatasetSearch.Query(WORD, null, List.of(), null, null, null,
				null, null, null, null, null, null, false), PageRequest.of(1, 20), true);
		assertThat(relevance.datasets().get(0).slug()).isEqualTo("broad-777");

		DatasetSearch.Result narrow = search.search(new DatasetSearch.Query(WORD, null, List.of("tag-1"), "odc-odbl", null,
				null, null, null, null, null, null, null, false), PageRequest.of(1, 20), true);
		assertThat(narrow.approximate()).isFalse();
		long exact = jdbc.sql("select count(*) from catalog_dataset where slug like 'broad-%' and 'tag-1' = any(tags) "
				+ "and licence = 'odc-odbl'").query(Long.class).single();
		assertThat(narrow.total()).isEqualTo(exact);
	}
}
