package fr.ouvert.catalog.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Turning the package's files into zones, on a small made-up geography; and its located errors. */
class DecoupageAdministratifTest {

	private static final String REGIONS = """
			[{"code":"53","nom":"Bretagne","zone":"metro"},
			 {"code":"987","nom":"Polynésie française","zone":"com"}]""";
	private static final String DEPARTEMENTS = """
			[{"code":"35","region":"53","nom":"Ille-et-Vilaine","zone":"metro"},
			 {"code":"22","region":"53","nom":"Côtes-d'Armor","zone":"metro"},
			 {"code":"987","region":"987","nom":"Polynésie française","zone":"com"}]""";
	private static final String COMMUNES = """
			[{"code":"35238","nom":"Rennes","departement":"35","region":"53","zone":"metro","type":"commune-actuelle","population":230890},
			 {"code":"35055","nom":"Cesson-Sévigné","departement":"35","region":"53","zone":"metro","type":"commune-actuelle","population":18000},
			 {"code":"22016","nom":"Île-de-Bréhat","departement":"22","region":"53","zone":"metro","type":"commune-actuelle"},
			 {"code":"35001","nom":"Ancienne commune","departement":"35","region":"53","zone":"metro","type":"commune-deleguee","commune":"35238"},
			 {"code":"98735","nom":"Papeete","departement":"987","region":"987","zone":"com","type":"commune-actuelle","population":26654}]""";
	private static final String EPCI = """
			[{"code":"243500139","nom":"Rennes Métropole","type":"METRO","populationMunicipale":473973,
			  "membres":[{"code":"35238"},{"code":"35055"}]}]""";

	@Test
	void everyZoneKnowsTheZonesContainingIt() {
		Map<String, GeoZone> zones = zonesById(source(REGIONS, DEPARTEMENTS, COMMUNES, EPCI));

		assertThat(zones).containsOnlyKeys("country:fr", "fr:region:53", "fr:collectivite:987", "fr:departement:35",
				"fr:departement:22", "fr:epci:243500139", "fr:commune:35238", "fr:commune:35055", "fr:commune:22016",
				"fr:commune:98735");
		assertThat(zones.get("fr:commune:35238")).isEqualTo(new GeoZone("fr:commune:35238", GeoLevel.COMMUNE, "35238",
				"Rennes", List.of("fr:epci:243500139", "fr:departement:35", "fr:region:53", "country:fr"), 230890L));
		assertThat(zones.get("fr:commune:22016").parents()).containsExactly("fr:departement:22", "fr:region:53", "country:fr");
		assertThat(zones.get("fr:commune:98735").parents()).containsExactly("fr:collectivite:987", "country:fr");
		assertThat(zones.get("fr:departement:35").parents()).containsExactly("fr:region:53", "country:fr");
		assertThat(zones.get("fr:epci:243500139").parents()).containsExactly("fr:departement:35", "fr:region:53", "country:fr");
		assertThat(zones.get("fr:collectivite:987").level()).isEqualTo(GeoLevel.COLLECTIVITE);
	}

	@Test
	void populationsOfLargerZonesAreTheSumsOfTheirCommunes() {
		Map<String, GeoZone> zones = zonesById(source(REGIONS, DEPARTEMENTS, COMMUNES, EPCI));

		assertThat(zones.get("fr:departement:35").population()).isEqualTo(230890L + 18000L);
		assertThat(zones.get("fr:region:53").population()).isEqualTo(230890L + 18000L);
		assertThat(zones.get("fr:collectivite:987").population()).isEqualTo(26654L);
		assertThat(zones.get("country:fr").population()).isEqualTo(230890L + 18000L + 26654L);
		assertThat(zones.get("fr:departement:22").population()).isNull();
		assertThat(zones.get("fr:epci:243500139").population()).isEqualTo(473973L);
	}

	@Test
	void labelsGiveTheCodeOfTheDepartementOfACommune() {
		Map<String, GeoZone> zones = zonesById(source(REGIONS, DEPARTEMENTS, COMMUNES, EPCI));

		assertThat(zones.get("fr:commune:35238").label()).isEqualTo("Rennes (35)");
		assertThat(zones.get("fr:commune:98735").label()).isEqualTo("Papeete (987)");
		assertThat(zones.get("fr:departement:35").label()).isEqualTo("Ille-et-Vilaine (35)");
		assertThat(zones.get("fr:region:53").label()).isEqualTo("Bretagne");
	}

	@Test
	void theChecksumChangesWithAnyFileAndWithTheVersion() {
		String checksum = source(REGIONS, DEPARTEMENTS, COMMUNES, EPCI).checksum();

		assertThat(checksum).hasSize(64).isEqualTo(source(REGIONS, DEPARTEMENTS, COMMUNES, EPCI).checksum());
		assertThat(source(REGIONS, DEPARTEMENTS, COMMUNES.replace("230890", "230891"), EPCI).checksum()).isNotEqualTo(checksum);
		assertThat(new DecoupageAdministratif("6.0.1", files(REGIONS, DEPARTEMENTS, COMMUNES, EPCI)).checksum())
			.isNotEqualTo(checksum);
	}

	@Test
	void aCommuneInAnUnknownDepartementIsReportedWithItsPlace() {
		String communes = COMMUNES.replace("\"code\":\"35055\",\"nom\":\"Cesson-Sévigné\",\"departement\":\"35\"",
				"\"code\":\"35055\",\"nom\":\"Cesson-Sévigné\",\"departement\":\"99\"");

		assertThatThrownBy(() -> source(REGIONS, DEPARTEMENTS, communes, EPCI).zones())
			.isInstanceOf(GeoSourceException.class)
			.hasMessage("communes.json, record 2 (code 35055), field departement: unknown département 99");
	}

	@Test
	void aMissingNameIsReportedWithItsPlace() {
		String regions = REGIONS.replace("\"nom\":\"Bretagne\",", "");

		assertThatThrownBy(() -> source(regions, DEPARTEMENTS, COMMUNES, EPCI).zones())
			.hasMessage("regions.json, record 1 (code 53), field nom: missing");
	}

	@Test
	void anEpciMemberThatIsNotACurrentCommuneIsReported() {
		String epci = EPCI.replace("{\"code\":\"35055\"}", "{\"code\":\"35001\"}");

		assertThatThrownBy(() -> source(REGIONS, DEPARTEMENTS, COMMUNES, epci).zones())
			.hasMessage("epci.json, record 1 (code 243500139), field membres: unknown current commune 35001");
	}

	@Test
	void aCommuneInTwoEpciIsReported() {
		String epci = EPCI.replace("]}]", "]},{\"code\":\"200000000\",\"nom\":\"Autre\",\"membres\":[{\"code\":\"35238\"}]}]");

		assertThatThrownBy(() -> source(REGIONS, DEPARTEMENTS, COMMUNES, epci).zones())
			.hasMessage("epci.json, record 2 (code 200000000), field membres: commune 35238 is already a member of EPCI 243500139");
	}

	@Test
	void malformedJsonIsReportedWithItsLine() {
		assertThatThrownBy(() -> source(REGIONS, "[{\"code\":\"35\",\n\"region\":}]", COMMUNES, EPCI).zones())
			.isInstanceOf(GeoSourceException.class)
			.hasMessageStartingWith("departements.json (line 2, column ");
	}

	@Test
	void aPopulationThatIsNotANumberIsReported() {
		String communes = COMMUNES.replace("\"population\":18000", "\"population\":\"18 000\"");

		assertThatThrownBy(() -> source(REGIONS, DEPARTEMENTS, communes, EPCI).zones())
			.hasMessage("communes.json, record 2 (code 35055), field population: not a whole number: 18 000");
	}

	@Test
	void aFileThatIsNotAnArrayOfRecordsIsReported() {
		assertThatThrownBy(() -> source("{\"code\":\"53\"}", DEPARTEMENTS, COMMUNES, EPCI).zones())
			.hasMessage("regions.json (line 1, column 1): an array of records expected");
		assertThatThrownBy(() -> source(REGIONS, DEPARTEMENTS, COMMUNES, "[\n\"200000172\"]").zones())
			.hasMessage("epci.json (line 2, column 1): a record (object) expected");
	}

	@Test
	void theBundledPackageIsThePinnedVersion() {
		assertThat(DecoupageAdministratif.bundled().version()).isEqualTo("6.0.0");
	}

	private static DecoupageAdministratif source(String regions, String departements, String communes, String epci) {
		return new DecoupageAdministratif("6.0.0", files(regions, departements, communes, epci));
	}

	private static Map<String, byte[]> files(String regions, String departements, String communes, String epci) {
		return Map.of(DecoupageAdministratif.REGIONS, regions.getBytes(StandardCharsets.UTF_8),
				DecoupageAdministratif.DEPARTEMENTS, departements.getBytes(StandardCharsets.UTF_8),
				DecoupageAdministratif.COMMUNES, communes.getBytes(StandardCharsets.UTF_8),
				DecoupageAdministratif.EPCI, epci.getBytes(StandardCharsets.UTF_8));
	}

	private static Map<String, GeoZone> zonesById(DecoupageAdministratif source) {
		return source.zones().stream().collect(java.util.stream.Collectors.toMap(GeoZone::id, z -> z));
	}
}
