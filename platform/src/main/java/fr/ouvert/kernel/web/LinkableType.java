package fr.ouvert.kernel.web;

import java.util.Optional;
import java.util.function.Function;

/**
 * A type of record that other modules may attach things to (comments, links), e.g.
 * {@code plan-commitment}. The resolver answers the record's title and page, or empty when the
 * record does not exist or may not receive contributions.
 */
public record LinkableType(String type, Function<String, Optional<Link>> resolver) {

	/**
	 * A resolved record: what to call it and where it lives.
	 *
	 * @param acceptsComments whether new comments may be posted now (a closed consultation keeps its
	 *            thread readable but takes no more comments)
	 */
	public record Link(String type, String id, String title, String path, boolean acceptsComments) {

		public Link(String type, String id, String title, String path) {
			this(type, id, title, path, true);
		}
	}
}
