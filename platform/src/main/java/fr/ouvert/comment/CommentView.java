package fr.ouvert.comment;

import java.time.Instant;
import java.util.List;

/**
 * A comment as a page shows it, with its replies (oldest first). For a hidden comment,
 * {@code bodyHtml} is empty unless the viewer moderates: moderators still read it, with the reason
 * it was hidden. Replies to a hidden comment stay in the thread under its placeholder.
 *
 * @param depth 1 for a comment on the subject, 2 and 3 for replies
 * @param alignment the side the comment takes, or {@code null} (none chosen, or a thread without sides)
 */
public record CommentView(long id, Long parentId, int depth, String authorName, String bodyHtml, Instant createdAt,
		boolean hidden, String hiddenReason, int openReports, Alignment alignment, List<CommentView> replies) {

	/** Whether a reply may answer this comment: visible and not at the deepest level. */
	public boolean acceptsReplies() {
		return !hidden && depth < Comments.MAX_DEPTH;
	}
}
