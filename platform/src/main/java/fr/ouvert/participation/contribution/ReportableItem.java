package fr.ouvert.participation.contribution;

import java.time.Instant;

/**
 * A participation item as the moderation queue shows it.
 *
 * @param type {@code proposal}, {@code statement} or {@code forum-thread}
 * @param authorName the shown name, or {@code null}
 * @param path the page where the item lives
 */
public record ReportableItem(String type, long id, String title, String body, String authorName, String path,
		Instant hiddenAt, String hiddenReason) {

	public boolean hidden() {
		return hiddenAt != null;
	}

	/** What the audit trail keeps of an item's moderation state. */
	public record AuditState(String title, boolean hidden, String hiddenReason) {
	}

	public AuditState auditState() {
		return new AuditState(title, hidden(), hiddenReason);
	}
}
