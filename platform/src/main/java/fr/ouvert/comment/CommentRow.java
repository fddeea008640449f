package fr.ouvert.comment;

import java.time.Instant;

/**
 * A comment as open data publishes it: the name the author shows and nothing else about them. A
 * hidden comment keeps its place in the tree but not its text.
 *
 * @param body Markdown source, {@code null} when hidden
 * @param alignment {@code for}, {@code neutral}, {@code against} or {@code null}
 */
public record CommentRow(long id, String subjectType, String subjectId, Long parentId, int depth, String alignment,
		String authorName, String body, Instant createdAt, boolean hidden) {
}
