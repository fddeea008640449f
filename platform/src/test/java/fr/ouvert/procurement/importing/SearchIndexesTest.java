package fr.ouvert.procurement.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The search indexes suspended for a load larger than the store, and built again after it or after a kill. */
class SearchIndexesTest extends PlatformTest {

	private static final Path DEMO = Path.of("../demo-data/procurement");

	@Autowired
	SearchIndexes searchIndexes;

	@Autowired
	DecpImports imports;

	private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";

	@Test
	void aLoadLargerThanTheStoreRunsWithoutTheSearchIndexesWhichAreBuiltAgainAfterIt() throws Exception {
		List<String> before = indexDefinitions();
		// Names are searched through the tables of distinct names, whose trigram indexes stay live.
		assertThat(before).noneMatch(d -> d.contains("_trgm"));

		ImportResult result;
		try (SearchIndexes.Deferral deferral = searchIndexes.deferFor(Long.MAX_VALUE)) {
			assertThat(deferral.suspended()).isTrue();
			assertThat(indexDefinitions()).noneMatch(d -> d.contains("procurement_contract_latest"))
				.noneMatch(d -> d.contains("procurement_contract_uid"))
				.anyMatch(d -> d.contains("procurement_contract_pkey"));
			assertThat(searchIndexes.suspended()).contains("procurement_contract_acheteur",
					"procurement_contract_latest", "procurement_contract_uid", "procurement_titulaire_siren");
			assertThat(jdbc.sql("""
					select indexname from pg_indexes where tablename in ('procurement_buyer_name', 'procurement_holder_name')
					    and indexname like '%_trgm' order by indexname""").query(String.class).list())
				.containsExactly("procurement_buyer_name_nom_trgm", "procurement_holder_name_name_trgm");
			result = imports.importFile(DEMO.resolve("pes-marche_2019-04-05.json"), source("pes"));
		}

		assertThat(indexDefinitions()).isEqualTo(before);
		assertThat(searchIndexes.suspended()).isEmpty();
		assertThat(jdbc.sql("select count(*) from procurement_contract where import_id = ?").param(result.importId())
			.query(Integer.class).single()).isEqualTo(result.created());
	}

	@Test
	void indexesALoadLeftSuspendedAreBuiltByTheNextSmallerLoad() {
		List<String> before = indexDefinitions();
		// A load killed before its end: its deferral is never closed.
		assertThat(searchIndexes.deferFor(Long.MAX_VALUE).suspended()).isTrue();
		assertThat(indexDefinitions()).isNotEqualTo(before);

		try (SearchIndexes.Deferral next = searchIndexes.deferFor(0)) {
			assertThat(next.suspended()).isFalse();
			assertThat(indexDefinitions()).isEqualTo(before);
		}
		assertThat(searchIndexes.suspended()).isEmpty();
	}

	private List<String> indexDefinitions() {
		return jdbc.sql("""
				select indexdef from pg_indexes where tablename in ('procurement_contract', 'procurement_titulaire')
				order by indexname""").query(String.class).list();
	}

	private SourceSpec source(String code) {
		return new SourceSpec(prefix + code, prefix + code, SourceSpec.DEFAULT_PRIORITY);
	}
}
