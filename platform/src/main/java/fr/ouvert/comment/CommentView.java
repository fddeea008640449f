package fr.ouvert.comment;

import java.time.Instant;

/**
 * A comment as a page shows it. For a hidden comment, {@code bodyHtml} is empty unless the viewer
 * moderates: moderators still read it, with the reason it was hidden.
 */
public record CommentView(long id, String authorName, String bodyHtml, Instant createdAt, boolean hidden,
		String hiddenReason, int openReports) {
}
