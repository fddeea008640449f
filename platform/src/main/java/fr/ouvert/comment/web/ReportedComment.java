package fr.ouvert.comment.web;

import fr.ouvert.comment.internal.StoredComment;

/** A reported comment as the moderation queue shows it. */
public record ReportedComment(StoredComment comment, String bodyHtml, String subjectPath) {
}
