package fr.ouvert.participation.forum;

import java.time.Instant;

/**
 * A forum of the Forums Open d'État: an informal meeting of citizens and agents on a theme, in a
 * place, online or both.
 *
 * @param place the address, or {@code null} when online only
 * @param onlineUrl where to join, or {@code null}
 * @param organisers the organising bodies, as they are to be shown
 * @param description Markdown
 * @param organisationId the organisation whose agents manage the forum, or {@code null}: administrators only
 */
public record Forum(long id, String slug, String title, String theme, Instant heldAt, String place, boolean online,
		String onlineUrl, String organisers, String description, Long organisationId, String organisationName) {

	public String path() {
		return "/forums/" + slug;
	}

	/** What the audit trail keeps of a forum. */
	record AuditState(String slug, String title, String theme, Instant heldAt, String place, boolean online,
			String onlineUrl, String organisers, String description) {
	}

	AuditState auditState() {
		return new AuditState(slug, title, theme, heldAt, place, online, onlineUrl, organisers, description);
	}
}
