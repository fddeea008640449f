package fr.ouvert.participation.forum;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import fr.ouvert.comment.Comments;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads of the axes: opened by anyone signed in, read by all, reported and hidden through the
 * participation reports like proposals and statements ({@link ReportableForumThreads}).
 */
@Service
public class ForumThreads {

	/** Longest thread text, in characters. */
	public static final int MAX_BODY = 10000;

	/** A stored thread's id, or the problems at their fields. */
	public record Opened(long threadId, FormErrors errors) {
	}

	private final ForumStore store;
	private final ForumSubscriptions subscriptions;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Comments comments;

	ForumThreads(ForumStore store, ForumSubscriptions subscriptions, AuditTrail audit, ApplicationEventPublisher events,
			Comments comments) {
		this.store = store;
		this.subscriptions = subscriptions;
		this.audit = audit;
		this.events = events;
		this.comments = comments;
	}

	public List<ForumThread> page(Axis axis, int limit, long offset) {
		return store.threads(axis.id(), limit, offset);
	}

	public long count(Axis axis) {
		return store.countThreads(axis.id());
	}

	/** Visible replies per thread of the list. */
	public Map<Long, Long> replyCounts(List<ForumThread> list) {
		Map<Long, Long> counts = new HashMap<>();
		comments.visibleCounts(ForumThread.LINKABLE_TYPE, list.stream().map(t -> Long.toString(t.id())).toList())
			.forEach((id, n) -> counts.put(Long.parseLong(id), n));
		return counts;
	}

	/** The thread at this forum's address (the one it was opened during). */
	public ForumThread at(Forum forum, long id) {
		return store.thread(id).filter(t -> t.forumId() == forum.id())
			.orElseThrow(() -> new NotFoundException("No thread " + id + " at forum " + forum.slug()));
	}

	/**
	 * Opens a thread in an axis of the forum. Its author follows it from then on (they may stop),
	 * and the axis' followers hear of it once stored.
	 */
	@Transactional
	public Opened open(CurrentUser author, AxisSession session, ThreadForm form, Locale locale) {
		String title = form.title() == null ? "" : form.title().strip();
		String body = form.body() == null ? "" : form.body().strip();
		FormErrors errors = new FormErrors()
			.rejectIf(title.length() < 3 || title.length() > 200, "title", "forum.error.thread.title")
			.rejectIf(body.isEmpty(), "body", "forum.error.thread.body")
			.rejectIf(body.length() > MAX_BODY, "body", "forum.error.thread.long");
		if (!errors.isEmpty()) {
			return new Opened(0, errors);
		}
		long id = store.insertThread(session.axis().id(), session.forum().id(), title, body, author.id(), author.displayName());
		audit.record(author, "participation.forum.thread.create", "participation-" + ForumThread.REPORT_TYPE,
				Long.toString(id), null, store.thread(id).orElseThrow().auditState());
		subscriptions.followThread(author, id, locale);
		events.publishEvent(new ThreadOpened(id, session.axis().id(), author.id()));
		return new Opened(id, errors);
	}
}
