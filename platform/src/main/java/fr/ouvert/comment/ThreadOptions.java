package fr.ouvert.comment;

/**
 * How a page shows its comment thread.
 *
 * @param alignment whether comments take a side (for, against, neutral): the forms offer the choice
 *            and the thread shows each comment's side and the totals
 */
public record ThreadOptions(boolean alignment) {

	/** Replies without sides: what plan and catalogue pages use. */
	public static final ThreadOptions PLAIN = new ThreadOptions(false);
	public static final ThreadOptions WITH_ALIGNMENT = new ThreadOptions(true);
}
