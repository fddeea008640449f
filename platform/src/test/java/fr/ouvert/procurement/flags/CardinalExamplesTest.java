package fr.ouvert.procurement.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cardinal's examples for the two indicators DECP allows (R018, R048), rebuilt as DECP contracts: the flags give
 * Cardinal's documented output (fixtures and their licence: {@code src/test/resources/procurement/cardinal/}).
 * Each compiled release becomes DECP contracts the way the OCDS mapping reads them back: the procedure method
 * from {@code tender.procurementMethod}, the number of offers from {@code tender.numberOfTenderers}, and one
 * contract per awarded item (a DECP contract has one CPV code) held by the award's single supplier.
 */
class CardinalExamplesTest extends PlatformTest {

	@Autowired
	RedFlagComputation computation;

	@Autowired
	ObjectMapper json;

	StoreRows store;

	@BeforeEach
	void emptyStore() {
		store = new StoreRows(jdbc);
		store.clear();
	}

	@Test
	void singleBidReceivedR018() throws IOException {
		Map<Long, String> ocids = new HashMap<>();
		for (JsonNode release : releases("018.jsonl")) {
			JsonNode tender = release.path("tender");
			long id = store.contract().procedure(procedure(tender.path("procurementMethod").asString()))
				.offers(tender.path("numberOfTenderers").asInt())
				.insert();
			ocids.put(id, release.path("ocid").asString());
		}
		computation.recompute();
		Map<String, Map<String, Double>> byOcid = new LinkedHashMap<>();
		jdbc.sql("select contract_id, value from procurement_flag where code = 'single-offer'")
			.query((rs, n) -> byOcid.put(ocids.get(rs.getLong(1)), Map.of("R018", rs.getDouble(2))))
			.list();
		assertThat(Map.of("OCID", byOcid)).isEqualTo(expected("018.jsonl"));
	}

	@Test
	void heterogeneousSupplierR048() throws IOException {
		for (JsonNode release : releases("048.jsonl")) {
			for (JsonNode award : release.path("awards")) {
				if (!award.path("status").asString().equals("active") || award.path("suppliers").size() != 1) {
					continue;
				}
				String supplier = award.path("suppliers").get(0).path("id").asString();
				for (JsonNode item : award.path("items")) {
					store.contract().holders(supplier).cpv(item.path("classification").path("id").asString()).insert();
				}
			}
		}
		// 048.ini: minimum_contracting_processes = 1.
		computation.recompute(Thresholds.with("supplier-minimum-contracts", "1"));
		Map<String, Map<String, Double>> byTenderer = new LinkedHashMap<>();
		jdbc.sql("select identifier, value from procurement_supplier_flag where code = 'heterogeneous-supplier'")
			.query((rs, n) -> byTenderer.put(rs.getString(1), Map.of("R048", rs.getDouble(2))))
			.list();
		assertThat(Map.of("Tenderer", byTenderer)).isEqualTo(expected("048.jsonl"));
	}

	/** The DECP procedure whose OCDS method is the given one (reference §9.2). */
	private static String procedure(String method) {
		return switch (method) {
			case "open" -> StoreRows.AOO;
			case "selective" -> "Appel d'offres restreint";
			default -> StoreRows.WITHOUT_CALL;
		};
	}

	private Iterable<JsonNode> releases(String file) throws IOException {
		String lines = resource(file);
		return lines.lines().filter(l -> !l.isBlank()).map(json::readTree).toList();
	}

	private Object expected(String file) throws IOException {
		return json.readValue(resource("expected.json"), Map.class).get(file);
	}

	private static String resource(String file) throws IOException {
		try (InputStream in = CardinalExamplesTest.class.getResourceAsStream("/procurement/cardinal/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
