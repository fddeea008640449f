package fr.ouvert.procurement.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.ouvert.decp.Titulaire;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A row of {@code procurement_contract_version}, as the store's query aggregates them. */
record StoredVersion(int sequence, Integer modificationId, String objetModification, LocalDate dateNotification,
		LocalDate datePublication, BigDecimal montant, Integer dureeMois, List<Titulaire> titulaires) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static List<StoredVersion> list(String json) {
		List<StoredVersion> versions = new ArrayList<>();
		for (JsonNode v : JSON.readTree(json)) {
			versions.add(new StoredVersion(v.get("s").asInt(), integer(v.get("m")), text(v.get("o")), date(v.get("n")),
					date(v.get("p")), v.get("a").isNull() ? null : new BigDecimal(v.get("a").asString()), integer(v.get("d")),
					ContractJson.titulaires(v.get("t").toString())));
		}
		return versions;
	}

	private static Integer integer(JsonNode node) {
		return node.isNull() ? null : node.asInt();
	}

	private static String text(JsonNode node) {
		return node.isNull() ? null : node.asString();
	}

	private static LocalDate date(JsonNode node) {
		return node.isNull() ? null : LocalDate.parse(node.asString());
	}
}
