package fr.ouvert.participation.forum;

import java.time.Instant;

/**
 * A thread opened by a participant in an axis. Its replies are comments of the comment module on
 * the linkable type {@value #LINKABLE_TYPE}.
 *
 * @param forumSlug the forum during which it was opened: its address
 * @param body Markdown
 */
public record ForumThread(long id, long axisId, String axisTitle, long forumId, String forumSlug, String title,
		String body, long authorId, String authorName, Instant createdAt, Instant hiddenAt, String hiddenReason) {

	public static final String LINKABLE_TYPE = "forum-thread";
	/** Its type in participation reports. */
	public static final String REPORT_TYPE = "forum-thread";

	public boolean hidden() {
		return hiddenAt != null;
	}

	public String path() {
		return "/forums/" + forumSlug + "/fils/" + id;
	}

	/** What the audit trail keeps of a thread. */
	record AuditState(long axisId, String title, String body, boolean hidden, String hiddenReason) {
	}

	AuditState auditState() {
		return new AuditState(axisId, title, body, hidden(), hiddenReason);
	}
}
