package fr.ouvert.procurement.flags;

import java.util.Optional;

/**
 * The red-flag indicators of OCP's Cardinal (reference §12.1) and what DECP allows of each: two have an equivalent
 * here; the others need tender dates or bids, which DECP does not publish. The reason shown to the public is the
 * message {@code flag.cardinal.<code>.reason}.
 */
public enum CardinalIndicator {
	R003(null),
	R018(RedFlag.SINGLE_OFFER),
	R024(null),
	R025(null),
	R028(null),
	R030(null),
	R035(null),
	R036(null),
	R038(null),
	R048(RedFlag.HETEROGENEOUS_SUPPLIER),
	R058(null);

	private final RedFlag equivalent;

	CardinalIndicator(RedFlag equivalent) {
		this.equivalent = equivalent;
	}

	/** The flag computed here in its place, if DECP has what it needs. */
	public Optional<RedFlag> equivalent() {
		return Optional.ofNullable(equivalent);
	}

	public String nameKey() {
		return "flag.cardinal." + name() + ".name";
	}

	public String reasonKey() {
		return "flag.cardinal." + name() + ".reason";
	}
}
