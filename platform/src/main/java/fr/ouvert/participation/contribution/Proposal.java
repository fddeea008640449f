package fr.ouvert.participation.contribution;

import java.time.Instant;

/**
 * A proposal on a consultation, or a contribution or amendment on one article of its text.
 *
 * @param kind {@code proposal}, {@code contribution} or {@code amendment}
 * @param authorName the name shown, or {@code null} when the author chose not to show it
 */
public record Proposal(long id, long consultationId, String kind, Long articleId, long authorId, String authorName,
		String title, String body, int supportCount, int commentCount, Instant createdAt, Instant hiddenAt,
		String hiddenReason) {

	public static final String PROPOSAL = "proposal";
	public static final String CONTRIBUTION = "contribution";
	public static final String AMENDMENT = "amendment";
	public static final String LINKABLE_TYPE = "participation-proposal";

	public boolean hidden() {
		return hiddenAt != null;
	}

	/** The consultation's contribution type this kind belongs to. */
	public static String contributionType(String kind) {
		return PROPOSAL.equals(kind) ? ConsultationRef.PROPOSALS : ConsultationRef.ARTICLES;
	}

	/** What the audit trail keeps of a proposal. */
	public record AuditState(String kind, Long articleId, String title, String body, boolean nameShown, boolean hidden,
			String hiddenReason) {
	}

	public AuditState auditState() {
		return new AuditState(kind, articleId, title, body, authorName != null, hidden(), hiddenReason);
	}
}
