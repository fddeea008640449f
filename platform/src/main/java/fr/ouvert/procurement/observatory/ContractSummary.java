package fr.ouvert.procurement.observatory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract as listed: what identifies it, who bought from whom, what, when and for how much.
 *
 * @param amount the amount in force (after the last modification, else the initial one)
 * @param frameworkAgreement an accord-cadre: its amount is an estimated maximum
 */
public record ContractSummary(long id, String uid, String kind, String buyerId, String buyerName, String object,
		String nature, String procedure, String cpv, String departement, LocalDate notified, BigDecimal initialAmount,
		BigDecimal amount, boolean frameworkAgreement, List<Holder> holders) {

	/** A holder in force: its identifier as published, and its name when the source gave one. */
	public record Holder(String identifier, String type, String name) {

		public String label() {
			return name == null || name.isBlank() ? identifier : name;
		}
	}

	public String path() {
		return "/marches-publics/contrats/" + id;
	}
}
