package fr.ouvert.procurement;

import java.math.BigDecimal;

import fr.ouvert.procurement.observatory.Aggregates;
import fr.ouvert.procurement.observatory.Parties;
import fr.ouvert.procurement.observatory.Scope;

import org.springframework.stereotype.Service;

/**
 * The public contracts of a company or body, by SIREN, for other modules (integrity links a representative of
 * interests to its contracts): as holder (any establishment of the SIREN among the holders in force) and as
 * buyer (any establishment buying), counted and summed as the observatory's supplier and buyer pages do, with the
 * link to those pages.
 */
@Service
public class ContractsBySiren {

	private final Aggregates aggregates;

	ContractsBySiren(Aggregates aggregates) {
		this.aggregates = aggregates;
	}

	/**
	 * Contracts on one side.
	 *
	 * @param contracts contracts other than framework agreements
	 * @param amount the sum of their amounts in force (euros HT)
	 * @param frameworkContracts framework agreements (accords-cadres), whose amounts are estimated maxima
	 * @param frameworkAmount the sum of those maxima, never added to {@code amount}
	 * @param page the observatory page of the SIREN on that side, null when it has no contract there
	 */
	public record Side(long contracts, BigDecimal amount, long frameworkContracts, BigDecimal frameworkAmount,
			String page) {

		public long allContracts() {
			return contracts + frameworkContracts;
		}
	}

	public record Contracts(String siren, Side asHolder, Side asBuyer) {

		public boolean any() {
			return asHolder.allContracts() + asBuyer.allContracts() > 0;
		}
	}

	/** @throws IllegalArgumentException when {@code siren} is not 9 digits */
	public Contracts of(String siren) {
		if (siren == null || !Parties.isSiren(siren)) {
			throw new IllegalArgumentException("A SIREN has 9 digits: " + siren);
		}
		return new Contracts(siren, side(Scope.supplier(siren), "/marches-publics/titulaires/" + siren),
				side(Scope.buyer(siren), "/marches-publics/acheteurs/" + siren));
	}

	private Side side(Scope scope, String page) {
		Aggregates.Totals totals = aggregates.totals(scope);
		long all = totals.contracts() + totals.frameworkContracts();
		return new Side(totals.contracts(), totals.amount(), totals.frameworkContracts(), totals.frameworkAmount(),
				all == 0 ? null : page);
	}
}
