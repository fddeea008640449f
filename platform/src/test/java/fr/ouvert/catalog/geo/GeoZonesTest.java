package fr.ouvert.catalog.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Looking zones up, suggesting them and walking up the geography, on the zones loaded at start. */
class GeoZonesTest extends PlatformTest {

	@Autowired
	GeoZones zones;

	@Test
	void aCommuneIsFoundByItsId() {
		GeoZone rennes = zones.find("fr:commune:35238").orElseThrow();

		assertThat(rennes.name()).isEqualTo("Rennes");
		assertThat(rennes.level()).isEqualTo(GeoLevel.COMMUNE);
		assertThat(rennes.code()).isEqualTo("35238");
		assertThat(rennes.population()).isEqualTo(230890L);
		assertThat(rennes.label()).isEqualTo("Rennes (35)");
		assertThat(zones.find("fr:commune:99999")).isEmpty();
	}

	@Test
	void rennesIsInItsMetropoleDepartementRegionAndCountry() {
		assertThat(zones.ancestors("fr:commune:35238")).extracting(GeoZone::id)
			.containsExactly("fr:epci:243500139", "fr:departement:35", "fr:region:53", "country:fr");
		assertThat(zones.ancestors("fr:commune:35238")).extracting(GeoZone::name)
			.containsExactly("Rennes Métropole", "Ille-et-Vilaine", "Bretagne", "France");
	}

	@Test
	void ancestorsOfOtherLevels() {
		assertThat(zones.ancestors("fr:departement:2A")).extracting(GeoZone::id).containsExactly("fr:region:94", "country:fr");
		assertThat(zones.ancestors("fr:commune:98735")).extracting(GeoZone::id)
			.containsExactly("fr:collectivite:987", "country:fr");
		// An EPCI across two départements of two régions (Gers and Landes).
		assertThat(zones.ancestors("fr:epci:200030435")).extracting(GeoZone::id)
			.containsExactly("fr:departement:32", "fr:departement:40", "fr:region:75", "fr:region:76", "country:fr");
		assertThat(zones.ancestors("country:fr")).isEmpty();
		assertThat(zones.ancestors("fr:canton:3501")).isEmpty();
	}

	@Test
	void largerZonesCarryThePopulationOfTheirCommunes() {
		assertThat(zones.find("fr:departement:35").orElseThrow().population()).isEqualTo(1120666L);
		assertThat(zones.find("fr:region:53").orElseThrow().population()).isEqualTo(3449370L);
		assertThat(zones.find("country:fr").orElseThrow().population()).isEqualTo(68952941L);
	}

	@Test
	void findAllKeepsTheOrderAskedAndLeavesUnknownIdsOut() {
		assertThat(zones.findAll(List.of("fr:region:53", "fr:inconnu:1", "fr:commune:35238")))
			.containsOnlyKeys("fr:region:53", "fr:commune:35238")
			.extractingFromEntries(e -> e.getValue().name())
			.containsExactly("Bretagne", "Rennes");
		assertThat(zones.findAll(List.of())).isEmpty();
	}

	@Test
	void saintEtienneComesFirstWhateverTheAccentsAndCase() {
		for (String typed : List.of("saint etienne", "Saint-Étienne", "SAINT ÉTIENNE", "saint-etienne ")) {
			List<GeoZone> found = zones.suggest(typed, 5);
			assertThat(found).as(typed).hasSize(5);
			assertThat(found.get(0).id()).as(typed).isEqualTo("fr:commune:42218");
			assertThat(found.get(0).label()).isEqualTo("Saint-Étienne (42)");
			// Then the larger communes whose name starts the same.
			assertThat(found.get(1).population()).isGreaterThanOrEqualTo(found.get(2).population());
			assertThat(found).allMatch(z -> SearchName.of(z.name()).startsWith("saint etienne"));
		}
	}

	@Test
	void aPrefixSuggestsTheMostPopulatedZonesFirst() {
		assertThat(zones.suggest("renn", 3)).extracting(GeoZone::id)
			.containsExactly("fr:epci:243500139", "fr:commune:35238", "fr:commune:31450");
		assertThat(zones.suggest("bretagne", 1)).extracting(GeoZone::id).containsExactly("fr:region:53");
	}

	@Test
	void aCodeFindsItsZones() {
		assertThat(zones.suggest("35", 10)).extracting(GeoZone::id).containsExactly("fr:departement:35");
		assertThat(zones.suggest("2a", 10)).extracting(GeoZone::id).containsExactly("fr:departement:2A");
		assertThat(zones.suggest("53", 10)).extracting(GeoZone::id).containsExactly("fr:region:53", "fr:departement:53");
	}

	@Test
	void aTextWithoutLettersSuggestsNothing() {
		assertThat(zones.suggest(" - ' ", 10)).isEmpty();
	}

	@Test
	void levelsGoFromTheCountryToTheCommune() {
		assertThat(zones.levels()).extracting(GeoLevel::id)
			.containsExactly("country", "fr:region", "fr:collectivite", "fr:departement", "fr:epci", "fr:commune");
	}
}
