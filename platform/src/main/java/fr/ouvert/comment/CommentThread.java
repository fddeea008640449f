package fr.ouvert.comment;

import java.util.List;
import java.util.stream.Stream;

/**
 * One page of the comments on one record, oldest first, each with its replies, and what the viewer may do.
 * Long threads are paged by their comments on the record itself, so a page never grows with the thread.
 *
 * @param returnPath where the forms come back to
 * @param comments the comments on the record itself (depth 1) of this page; replies hang under them
 * @param totals counts over the whole thread, not just this page
 * @param pageCount how many pages the comments on the record fill (at least 1)
 */
public record CommentThread(String subjectType, String subjectId, String returnPath, List<CommentView> comments,
		boolean viewerSignedIn, boolean viewerModerates, ThreadOptions options, boolean acceptsComments,
		Totals totals, int pageCount) {

	/** The request parameter that selects the page of comments. */
	public static final String PAGE_PARAMETER = "commentaires";

	/** Visible comments at every depth, and how many take each side, over the whole thread. */
	public record Totals(long visible, long forSide, long neutral, long against) {
	}

	/** The current page's address. */
	public String pagePath(int page) {
		return returnPath + (returnPath.contains("?") ? "&" : "?") + PAGE_PARAMETER + "=" + page + "#commentaires";
	}

	/** Whether the viewer may post here: signed in, on a record still taking comments. */
	public boolean viewerMayPost() {
		return viewerSignedIn && acceptsComments;
	}

	/** Visible comments and replies, at every depth, on every page. */
	public long visibleCount() {
		return totals.visible();
	}

	/** Visible comments and replies that take this side, on every page. */
	public long count(Alignment alignment) {
		return switch (alignment) {
			case FOR -> totals.forSide();
			case NEUTRAL -> totals.neutral();
			case AGAINST -> totals.against();
		};
	}

	/** Whether the comment with this id is in the thread and takes replies. */
	public boolean acceptsReplyTo(long commentId) {
		return all().anyMatch(c -> c.id() == commentId && c.acceptsReplies());
	}

	private Stream<CommentView> all() {
		return comments.stream().flatMap(CommentThread::withReplies);
	}

	private static Stream<CommentView> withReplies(CommentView comment) {
		return Stream.concat(Stream.of(comment), comment.replies().stream().flatMap(CommentThread::withReplies));
	}
}
