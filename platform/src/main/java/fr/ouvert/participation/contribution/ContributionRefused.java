package fr.ouvert.participation.contribution;

/** A participant may not contribute to this consultation now; the API answers it with {@link Reason#status()}. */
public class ContributionRefused extends RuntimeException {

	public enum Reason {
		/** The consultation is not in its open phase (not yet open, or closed). */
		NOT_OPEN(409),
		/** The consultation accepts verified accounts only (FranceConnect, ProConnect). */
		NOT_VERIFIED(403),
		/** The consultation does not offer this kind of contribution. */
		NOT_OFFERED(409);

		private final int status;

		Reason(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}

		/** The message key of the explanation shown to participants. */
		public String messageKey() {
			return "participation.contribution.refused." + name().toLowerCase().replace('_', '-');
		}
	}

	private final Reason reason;

	public ContributionRefused(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
