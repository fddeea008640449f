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

	/**
	 * The holders' rows of a contract without version rows, as the store's query aggregates them:
	 * {@code [[typeIdentifiant, id, denominationSociale]]} in position order, {@code null} for none.
	 */
	static List<Titulaire> holders(String json) {
		List<Titulaire> holders = new ArrayList<>();
		if (json != null) {
			for (JsonNode h : JSON.readTree(json)) {
				holders.add(new Titulaire(text(h.get(0)), text(h.get(1)), text(h.get(2))));
			}
		}
		return holders;
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
