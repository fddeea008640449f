package fr.ouvert.comment;

import java.util.List;

/**
 * The comments on one record, oldest first, and what the viewer may do.
 *
 * @param returnPath where the forms come back to
 */
public record CommentThread(String subjectType, String subjectId, String returnPath, List<CommentView> comments,
		boolean viewerSignedIn, boolean viewerModerates) {

	public long visibleCount() {
		return comments.stream().filter(c -> !c.hidden()).count();
	}
}
