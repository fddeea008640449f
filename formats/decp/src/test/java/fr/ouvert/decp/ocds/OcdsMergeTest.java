package fr.ouvert.decp.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.ouvert.decp.Schemas;
import tools.jackson.databind.JsonNode;

class OcdsMergeTest {

	private static List<JsonNode> fictionalReleases() {
		List<JsonNode> releases = new ArrayList<>();
		Schemas.fixture("ocds-fictional-1.1/ocds-213czf-000-00001.json").get("releases").forEach(releases::add);
		return releases;
	}

	@Test
	void theFictionalExampleCompilesToThePublishedCompiledRelease() {
		JsonNode expected = Schemas.fixture("ocds-fictional-1.1/record_ocds-213czf-000-00001.json")
				.get("records").get(0).get("compiledRelease");

		assertThat(OcdsMerge.OCDS_1_1_5.compile(fictionalReleases())).isEqualTo(expected);
	}

	@Test
	void releasesAreTakenInDateOrderWhateverTheirOrderInTheList() {
		List<JsonNode> shuffled = fictionalReleases();
		Collections.reverse(shuffled);

		assertThat(OcdsMerge.OCDS_1_1_5.compile(shuffled)).isEqualTo(OcdsMerge.OCDS_1_1_5.compile(fictionalReleases()));
	}

	@Test
	void nullRemovesObjectsMergeByIdAndOtherArraysAreReplaced() {
		JsonNode first = Schemas.MAPPER.readTree("""
				{"ocid":"ocds-a","id":"1","date":"2024-01-01T00:00:00Z","tag":["award"],
				 "tender":{"title":"A","status":"active"},
				 "awards":[{"id":"a1","status":"pending","value":{"amount":10}},{"id":"a2","status":"active"}],
				 "parties":[{"id":"p","roles":["buyer"],"additionalIdentifiers":[{"id":"x"},{"id":"y"}]}]}""");
		JsonNode second = Schemas.MAPPER.readTree("""
				{"ocid":"ocds-a","id":"2","date":"2024-02-01T00:00:00Z","tag":["awardUpdate"],
				 "tender":{"status":null},
				 "awards":[{"id":"a1","status":"active"},{"id":"a3"}],
				 "parties":[{"id":"p","roles":["supplier"],"additionalIdentifiers":[{"id":"z"}]}]}""");

		JsonNode compiled = OcdsMerge.OCDS_1_1_5.compile(List.of(second, first));

		assertThat(compiled.get("id").asString()).isEqualTo("ocds-a-2024-02-01T00:00:00Z");
		assertThat(compiled.get("tag").toString()).isEqualTo("[\"compiled\"]");
		assertThat(compiled.get("tender").toString()).isEqualTo("{\"title\":\"A\"}");
		assertThat(compiled.get("awards").toString()).isEqualTo(
				"[{\"id\":\"a1\",\"status\":\"active\",\"value\":{\"amount\":10}},{\"id\":\"a2\",\"status\":\"active\"},{\"id\":\"a3\"}]");
		assertThat(compiled.get("parties").get(0).get("roles").toString()).isEqualTo("[\"supplier\"]");
		assertThat(compiled.get("parties").get(0).get("additionalIdentifiers").toString()).isEqualTo("[{\"id\":\"z\"}]");
	}
}
