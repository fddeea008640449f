package fr.ouvert.participation.contribution;

import java.time.Instant;

/**
 * A short statement participants vote on (agree, disagree, pass), as in Pol.is. Statements are shown
 * without their author's name.
 *
 * @param seed written by the organisers
 */
public record Statement(long id, long consultationId, long authorId, String body, boolean seed, int agreeCount,
		int disagreeCount, int passCount, Instant createdAt, Instant hiddenAt, String hiddenReason) {

	public boolean hidden() {
		return hiddenAt != null;
	}

	public int voteCount() {
		return agreeCount + disagreeCount + passCount;
	}

	/** What the audit trail keeps of a statement. */
	public record AuditState(String body, boolean seed, boolean hidden, String hiddenReason) {
	}

	public AuditState auditState() {
		return new AuditState(body, seed, hidden(), hiddenReason);
	}
}
