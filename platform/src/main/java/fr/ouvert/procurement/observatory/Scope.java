package fr.ouvert.procurement.observatory;

import java.util.List;
import java.util.Map;

/**
 * A set of contracts the observatory sums up: a buyer's, a supplier's, a territory's. Each is a condition on
 * {@code procurement_contract c} served by an index.
 */
public record Scope(String condition, Map<String, Object> params) {

	/** A buyer by SIRET, or all the establishments of a SIREN. */
	public static Scope buyer(String identifier) {
		return identifier.length() == 9
				? new Scope("c.acheteur_id like :scope", Map.of("scope", identifier + "%"))
				: new Scope("c.acheteur_id = :scope", Map.of("scope", identifier));
	}

	/** A supplier by identifier as published, or all the establishments of a SIREN. */
	public static Scope supplier(String identifier) {
		return Parties.isSiren(identifier)
				? new Scope("c.id in (select t.contract_id from procurement_titulaire t where t.siren = :scope)",
						Map.of("scope", identifier))
				: new Scope("c.id in (select t.contract_id from procurement_titulaire t where t.identifier = :scope)",
						Map.of("scope", identifier));
	}

	public static Scope departements(List<String> codes) {
		return new Scope("c.departement in (:scope)", Map.of("scope", codes));
	}
}
