package fr.ouvert.procurement.observatory.web;

import java.util.List;

import fr.ouvert.procurement.observatory.Aggregates;
import fr.ouvert.procurement.observatory.ContractSummary;
import fr.ouvert.procurement.observatory.Parties;

/**
 * A buyer's or a supplier's page: totals per year, procedures, sectors (CPV divisions), main partners (suppliers
 * of a buyer, buyers of a supplier), its establishments when it is a SIREN, its red flags and its contracts'.
 */
public record PartyView(Kind kind, String identifier, String name, Aggregates.Totals totals,
		List<Aggregates.YearTotals> years, List<Aggregates.Share> procedures, List<Aggregates.Share> sectors,
		List<Aggregates.Share> partners, List<Parties.Establishment> establishments, List<Parties.PartyFlag> flags,
		List<Aggregates.FlagCount> contractFlags, List<ContractSummary> flaggedContracts, List<ContractSummary> latest) {

	public enum Kind {
		BUYER("acheteurs", "buyer"), SUPPLIER("titulaires", "supplier");

		private final String segment;
		private final String parameter;

		Kind(String segment, String parameter) {
			this.segment = segment;
			this.parameter = parameter;
		}

		/** The path segment of its pages ({@code acheteurs}, {@code titulaires}). */
		public String segment() {
			return segment;
		}

		/** The search parameter that filters on it. */
		public String parameter() {
			return parameter;
		}

		/** The path segment of its partners' pages. */
		public String partnerSegment() {
			return this == BUYER ? SUPPLIER.segment : BUYER.segment;
		}
	}

	public boolean siren() {
		return identifier.length() == 9 && identifier.chars().allMatch(Character::isDigit);
	}

	/** The SIREN of a SIRET, whose page groups all its establishments; null otherwise. */
	public String sirenOfSiret() {
		return identifier.length() == 14 && identifier.chars().allMatch(Character::isDigit) ? identifier.substring(0, 9) : null;
	}

	public String label() {
		return name == null || name.isBlank() ? identifier : name;
	}
}
