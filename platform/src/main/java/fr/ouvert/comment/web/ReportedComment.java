package fr.ouvert.comment.web;

import fr.ouvert.comment.internal.StoredComment;
import fr.ouvert.kernel.web.LinkableType;

/** A reported comment as the moderation queue shows it, with the record it comments on (null if gone). */
public record ReportedComment(StoredComment comment, String bodyHtml, LinkableType.Link subject) {
}
