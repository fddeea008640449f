package fr.ouvert.procurement.observatory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the store holds about one contract: its columns, the other DECP fields ({@code details}), its
 * versions with what each modification changed, where it came from, and its red flags.
 *
 * @param details the other fields of the 2022 format and of concessions, under their DECP names, each as text
 *     (lists and objects as compact JSON)
 * @param provenance for each field filled from another copy than the winning source's, that copy's source code
 */
public record ContractDetail(ContractSummary summary, String generation, String decpId, String placeCode,
		String placeTypeCode, String placeName, Integer durationMonths, Integer currentDurationMonths,
		LocalDate published, String priceForm, Integer offersReceived, int modificationCount, Map<String, String> details,
		String sourceCode, String sourceName, List<String> sources, Map<String, String> provenance, long importId,
		String importFile, List<Version> versions, List<Flag> flags) {

	/**
	 * A state of the contract: the initial one (sequence 0), then one per modification, with the change from
	 * the state before.
	 *
	 * @param amountChange the new amount minus the amount in force before ({@code null} when unchanged or unknown)
	 * @param durationChange the same for the duration, in months
	 * @param holdersChanged the holders are not the same as before (a substitution, a new co-holder…)
	 */
	public record Version(int sequence, Integer modificationId, String object, LocalDate notified, LocalDate published,
			BigDecimal amount, Integer durationMonths, List<ContractSummary.Holder> holders, BigDecimal amountChange,
			Integer durationChange, boolean holdersChanged) {
	}

	/** A red flag raised on the contract, with the measured value (a ratio, days, months, a z-score). */
	public record Flag(String code, BigDecimal value) {
	}
}
