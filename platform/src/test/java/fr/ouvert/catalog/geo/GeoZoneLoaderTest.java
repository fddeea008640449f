package fr.ouvert.catalog.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The zones loaded at start from @etalab/decoupage-administratif 6.0.0 (the 2026 official geography). */
class GeoZoneLoaderTest extends PlatformTest {

	@Autowired
	GeoZoneLoader loader;

	@Test
	void theStartLoadedEveryZoneOfThePackage() {
		Map<String, Long> counts = jdbc.sql("select level, count(*) from catalog_geozone group by level")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

		assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("country", 1L, "fr:region", 18L,
				"fr:collectivite", 8L, "fr:departement", 101L, "fr:epci", 1255L, "fr:commune", 34969L));
		GeoZoneLoader.LoadedSource source = loader.loaded().orElseThrow();
		assertThat(source.version()).isEqualTo("6.0.0");
		assertThat(source.zones()).isEqualTo(1 + 18 + 8 + 101 + 1255 + 34969);
		assertThat(source.checksum()).isEqualTo(DecoupageAdministratif.bundled().checksum());
	}

	@Test
	void aRestartWithTheSameSourceLoadsNothing() {
		GeoZoneLoader.LoadedSource before = loader.loaded().orElseThrow();

		GeoZoneLoader.Outcome outcome = loader.loadBundled();

		assertThat(outcome.unchanged()).isTrue();
		assertThat(outcome.counts()).isEmpty();
		assertThat(loader.loaded()).contains(before);
	}

	@Test
	@Transactional // rolled back: the other tests keep the zones loaded at start
	void aChangedSourceReplacesEveryZone() {
		jdbc.sql("update catalog_geozone_source set checksum = repeat('0', 64)").update();
		jdbc.sql("insert into catalog_geozone (id, level, code, name, search_name) values ('fr:commune:00000', 'fr:commune', '00000', 'Disparue', 'disparue')")
			.update();

		GeoZoneLoader.Outcome outcome = loader.loadBundled();

		assertThat(outcome.unchanged()).isFalse();
		assertThat(outcome.counts()).containsEntry(GeoLevel.COMMUNE, 34969).containsEntry(GeoLevel.REGION, 18);
		assertThat(jdbc.sql("select count(*) from catalog_geozone where id = 'fr:commune:00000'").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from catalog_geozone").query(Long.class).single()).isEqualTo(36352L);
		assertThat(loader.loaded().orElseThrow().checksum()).isEqualTo(DecoupageAdministratif.bundled().checksum());
	}

	@Test
	void searchNamesAreStoredWithoutAccents() {
		assertThat(jdbc.sql("select search_name from catalog_geozone where id = 'fr:commune:42218'").query(String.class).single())
			.isEqualTo("saint etienne");
	}
}
