package fr.ouvert.comment.internal;

import java.time.Instant;

/**
 * @param parentId the comment this one answers, or {@code null}
 * @param alignment {@code for}, {@code neutral}, {@code against} or {@code null}
 */
public record StoredComment(long id, String subjectType, String subjectId, Long parentId, int depth, String alignment,
		long authorId, String authorName, String body, Instant createdAt, Instant hiddenAt, String hiddenReason,
		int openReports) {

	/** What the audit trail keeps of a comment. */
	public record AuditState(String subject, Long parentId, String alignment, String body, boolean hidden,
			String hiddenReason) {
	}

	public AuditState auditState() {
		return new AuditState(subjectType + ":" + subjectId, parentId, alignment, body, hiddenAt != null, hiddenReason);
	}
}
