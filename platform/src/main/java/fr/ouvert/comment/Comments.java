package fr.ouvert.comment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import fr.ouvert.comment.internal.CommentProperties;
import fr.ouvert.comment.internal.CommentStore;
import fr.ouvert.comment.internal.StoredComment;
import fr.ouvert.kernel.markdown.Markdown;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.LinkableType;
import fr.ouvert.kernel.web.Linkables;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules ask of comments: the thread of a record, and the comments of a type for open data. */
@Service
public class Comments {

	/** Deepest level of a reply: a comment on the subject is at 1, replies to it at 2, their replies at 3. */
	public static final int MAX_DEPTH = 3;

	private final CommentStore store;
	private final Linkables linkables;
	private final Markdown markdown;
	private final CommentProperties properties;

	Comments(CommentStore store, Linkables linkables, Markdown markdown, CommentProperties properties) {
		this.store = store;
		this.linkables = linkables;
		this.markdown = markdown;
		this.properties = properties;
	}

	/** The thread of a record without sides, as the given viewer (or an anonymous visitor) may see it. */
	public CommentThread thread(String subjectType, String subjectId, Optional<CurrentUser> viewer) {
		return thread(subjectType, subjectId, viewer, ThreadOptions.PLAIN);
	}

	/** The thread of a record, shown with the given options. */
	public CommentThread thread(String subjectType, String subjectId, Optional<CurrentUser> viewer,
			ThreadOptions options) {
		LinkableType.Link subject = linkables.resolve(subjectType, subjectId)
			.orElseThrow(() -> new NotFoundException("No " + subjectType + " " + subjectId));
		boolean moderates = viewer.map(v -> v.has(Role.MODERATOR) || v.has(Role.ADMIN)).orElse(false);
		CommentStore.ThreadCounts counts = store.counts(subjectType, subjectId);
		int pageCount = (int) Math.max(1, (counts.roots() + properties.pageSize() - 1) / properties.pageSize());
		int page = Math.min(options.page(), pageCount);
		// Oldest first, so a parent is always listed before its replies.
		List<StoredComment> stored = store.threadPage(subjectType, subjectId, properties.pageSize(),
				(long) (page - 1) * properties.pageSize());
		Map<Long, List<CommentView>> replies = new HashMap<>();
		stored.forEach(c -> replies.put(c.id(), new ArrayList<>()));
		List<CommentView> roots = new ArrayList<>();
		for (StoredComment c : stored) {
			CommentView view = new CommentView(c.id(), c.parentId(), c.depth(), c.authorName(),
					c.hiddenAt() == null || moderates ? markdown.toHtml(c.body()) : "", c.createdAt(), c.hiddenAt() != null,
					c.hiddenReason(), moderates ? c.openReports() : 0,
					options.alignment() ? Alignment.fromCode(c.alignment()).orElse(null) : null,
					Collections.unmodifiableList(replies.get(c.id())));
			(c.parentId() == null ? roots : replies.get(c.parentId())).add(view);
		}
		return new CommentThread(subjectType, subjectId, subject.path(), List.copyOf(roots), viewer.isPresent(),
				moderates, options.onPage(page), subject.acceptsComments(),
				new CommentThread.Totals(counts.visible(), counts.forSide(), counts.neutral(), counts.against()), pageCount);
	}

	/**
	 * Every comment on records of a type, in id order (a reply after the comment it answers), for
	 * open data: the name each author shows, never an e-mail or an account id; hidden comments
	 * without their text. Streams from a cursor, so memory stays constant.
	 */
	@Transactional(readOnly = true)
	public void forSubjects(String subjectType, Consumer<CommentRow> each) {
		store.forEachOfType(subjectType, each);
	}

	/** One comment as open data shows it (hidden: without its text), e.g. to announce it. */
	public Optional<CommentRow> comment(long id) {
		return store.find(id).map(c -> new CommentRow(c.id(), c.subjectType(), c.subjectId(), c.parentId(), c.depth(),
				c.alignment(), c.authorName(), c.hiddenAt() == null ? c.body() : null, c.createdAt(), c.hiddenAt() != null));
	}

	/** Visible comments and replies per record of a type; records without any are absent. */
	public Map<String, Long> visibleCounts(String subjectType) {
		return store.visibleCounts(subjectType, null);
	}

	/** Visible comments and replies of these records (a page of a list); records without any are absent. */
	public Map<String, Long> visibleCounts(String subjectType, Collection<String> subjectIds) {
		return subjectIds.isEmpty() ? Map.of() : store.visibleCounts(subjectType, subjectIds);
	}
}
