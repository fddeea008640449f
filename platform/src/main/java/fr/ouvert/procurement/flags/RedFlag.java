package fr.ouvert.procurement.flags;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The red flags computed on the consolidated DECP (reference §12.2): a signal that a contract, a buyer's year or a
 * supplier deserves a look, never a finding. Each is explained to the public by the messages
 * {@code flag.<code>.name} and {@code flag.<code>.formula} of the {@code procurement-flags} bundle; the code is the
 * value of {@code procurement_flag.code}, {@code procurement_buyer_flag.code} or
 * {@code procurement_supplier_flag.code}.
 */
public enum RedFlag {
	SINGLE_OFFER("single-offer", Scope.CONTRACT, Phase.TENDER),
	NON_COMPETITIVE_ABOVE_THRESHOLD("non-competitive-above-threshold", Scope.CONTRACT, Phase.TENDER),
	THRESHOLD_BUNCHING("threshold-bunching", Scope.CONTRACT, Phase.PLANNING),
	DIRECT_AWARD_REPETITION("direct-award-repetition", Scope.CONTRACT, Phase.TENDER),
	BUYER_IS_SUPPLIER("buyer-is-supplier", Scope.CONTRACT, Phase.AWARD),
	AMOUNT_OUTLIER("amount-outlier", Scope.CONTRACT, Phase.AWARD),
	IMPLAUSIBLE_AMOUNT("implausible-amount", Scope.CONTRACT, Phase.AWARD),
	LATE_PUBLICATION("late-publication", Scope.CONTRACT, Phase.AWARD),
	VALUE_INCREASE("value-increase", Scope.CONTRACT, Phase.IMPLEMENTATION),
	VALUE_INCREASE_50("value-increase-50", Scope.CONTRACT, Phase.IMPLEMENTATION),
	DURATION_EXTENSION("duration-extension", Scope.CONTRACT, Phase.IMPLEMENTATION),
	MANY_AMENDMENTS("many-amendments", Scope.CONTRACT, Phase.IMPLEMENTATION),
	EARLY_AMENDMENT("early-amendment", Scope.CONTRACT, Phase.IMPLEMENTATION),
	SUPPLIER_SUBSTITUTION("supplier-substitution", Scope.CONTRACT, Phase.IMPLEMENTATION),
	SINGLE_OFFER_RATE("single-offer-rate", Scope.BUYER_YEAR, Phase.TENDER),
	NON_COMPETITIVE_SHARE("non-competitive-share", Scope.BUYER_YEAR, Phase.TENDER),
	TOP_SUPPLIER_SHARE("top-supplier-share", Scope.BUYER_YEAR, Phase.AWARD),
	HHI("hhi", Scope.BUYER_YEAR, Phase.AWARD),
	HETEROGENEOUS_SUPPLIER("heterogeneous-supplier", Scope.SUPPLIER, Phase.AWARD);

	/** What a flag is raised on, and so the table that holds it. */
	public enum Scope {
		/** {@code procurement_flag}: one contract */
		CONTRACT,
		/** {@code procurement_buyer_flag}: a buyer's contracts notified in one year */
		BUYER_YEAR,
		/** {@code procurement_supplier_flag}: every contract of a supplier */
		SUPPLIER;

		public String code() {
			return name().toLowerCase().replace('_', '-');
		}
	}

	/** The stage of the contracting process the flag looks at, as in the OCP red-flags guide (and OCDS tags). */
	public enum Phase {
		PLANNING, TENDER, AWARD, IMPLEMENTATION;

		public String code() {
			return name().toLowerCase();
		}
	}

	private final String code;
	private final Scope scope;
	private final Phase phase;

	RedFlag(String code, Scope scope, Phase phase) {
		this.code = code;
		this.scope = scope;
		this.phase = phase;
	}

	public String code() {
		return code;
	}

	public Scope scope() {
		return scope;
	}

	public Phase phase() {
		return phase;
	}

	/** Message key of the flag's short name. */
	public String nameKey() {
		return "flag." + code + ".name";
	}

	/** Message key of the formula in plain words and symbols. */
	public String formulaKey() {
		return "flag." + code + ".formula";
	}

	public static Optional<RedFlag> of(String code) {
		return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
	}

	public static List<RedFlag> of(Scope scope) {
		return Arrays.stream(values()).filter(f -> f.scope == scope).toList();
	}
}
