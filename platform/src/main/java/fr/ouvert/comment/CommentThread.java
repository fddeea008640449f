package fr.ouvert.comment;

import java.util.List;
import java.util.stream.Stream;

/**
 * The comments on one record, oldest first, each with its replies, and what the viewer may do.
 *
 * @param returnPath where the forms come back to
 * @param comments the comments on the record itself (depth 1); replies hang under them
 */
public record CommentThread(String subjectType, String subjectId, String returnPath, List<CommentView> comments,
		boolean viewerSignedIn, boolean viewerModerates, ThreadOptions options, boolean acceptsComments) {

	/** Whether the viewer may post here: signed in, on a record still taking comments. */
	public boolean viewerMayPost() {
		return viewerSignedIn && acceptsComments;
	}

	/** Visible comments and replies, at every depth. */
	public long visibleCount() {
		return all().filter(c -> !c.hidden()).count();
	}

	/** Visible comments and replies that take this side. */
	public long count(Alignment alignment) {
		return all().filter(c -> !c.hidden() && c.alignment() == alignment).count();
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
