package fr.ouvert.comment.internal;

import java.time.Instant;

public record StoredComment(long id, String subjectType, String subjectId, long authorId, String authorName,
		String body, Instant createdAt, Instant hiddenAt, String hiddenReason, int openReports) {

	/** What the audit trail keeps of a comment. */
	public record AuditState(String subject, String body, boolean hidden, String hiddenReason) {
	}

	public AuditState auditState() {
		return new AuditState(subjectType + ":" + subjectId, body, hiddenAt != null, hiddenReason);
	}
}
