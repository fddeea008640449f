package fr.ouvert.comment;

/**
 * How a page shows its comment thread.
 *
 * @param alignment whether comments take a side (for, against, neutral): the forms offer the choice
 *            and the thread shows each comment's side and the totals
 * @param page which page of comments on the record to show (1 for the first), each with all its replies
 */
public record ThreadOptions(boolean alignment, int page) {

	/** Replies without sides: what plan and catalogue pages use. */
	public static final ThreadOptions PLAIN = new ThreadOptions(false, 1);
	public static final ThreadOptions WITH_ALIGNMENT = new ThreadOptions(true, 1);

	public ThreadOptions {
		page = Math.max(1, page);
	}

	/** The same options on another page of comments (the request parameter {@value CommentThread#PAGE_PARAMETER}). */
	public ThreadOptions onPage(int page) {
		return new ThreadOptions(alignment, page);
	}
}
