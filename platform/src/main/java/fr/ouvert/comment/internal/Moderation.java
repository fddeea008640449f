package fr.ouvert.comment.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.ouvert.comment.Alignment;
import fr.ouvert.comment.CommentPosted;
import fr.ouvert.comment.Comments;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.LinkableType;
import fr.ouvert.kernel.web.Linkables;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posting, reporting and moderating comments. Every change goes into the audit trail. */
@Service
public class Moderation {

	public static final Set<String> REPORT_REASONS = Set.of("spam", "offensive", "off-topic", "personal-data", "other");
	/** Reason recorded when reports hid a comment before any moderator looked at it. */
	public static final String HIDDEN_BY_REPORTS = "reports";

	/** @param commentId the new comment, or 0 when refused */
	public record Posted(long commentId, LinkableType.Link subject, FormErrors errors) {
	}

	private final CommentStore store;
	private final Linkables linkables;
	private final AuditTrail audit;
	private final CommentProperties properties;
	private final ApplicationEventPublisher events;

	Moderation(CommentStore store, Linkables linkables, AuditTrail audit, CommentProperties properties,
			ApplicationEventPublisher events) {
		this.store = store;
		this.linkables = linkables;
		this.audit = audit;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Posts a comment on a record, or a reply to one of its comments. A reply goes one level deeper
	 * than the comment it answers; comments at {@link Comments#MAX_DEPTH} and hidden ones take no
	 * reply. Publishes {@link CommentPosted} once stored.
	 *
	 * @param parentId the comment answered, or {@code null}
	 * @param alignment the side taken, or {@code null}
	 */
	@Transactional
	public Posted post(CurrentUser author, String subjectType, String subjectId, Long parentId, String body,
			Alignment alignment) {
		LinkableType.Link subject = linkables.resolve(subjectType, subjectId)
			.orElseThrow(() -> new NotFoundException("No " + subjectType + " " + subjectId));
		StoredComment parent = parentId == null ? null : store.find(parentId)
			.filter(p -> p.subjectType().equals(subjectType) && p.subjectId().equals(subjectId))
			.orElseThrow(() -> new NotFoundException("No comment " + parentId + " on " + subjectType + " " + subjectId));
		String text = body == null ? "" : body.strip();
		FormErrors errors = new FormErrors()
			.rejectIf(!subject.acceptsComments(), "body", "comment.error.closed")
			.rejectIf(parent != null && parent.depth() >= Comments.MAX_DEPTH, "parent", "comment.error.depth")
			.rejectIf(parent != null && parent.hiddenAt() != null, "parent", "comment.error.parent-hidden")
			.rejectIf(text.isEmpty(), "body", "comment.error.empty")
			.rejectIf(text.length() > properties.maxLength(), "body", "comment.error.long");
		if (!errors.isEmpty()) {
			return new Posted(0, subject, errors);
		}
		long id = store.insert(subjectType, subjectId, parent, alignment == null ? null : alignment.code(), author.id(),
				author.displayName(), text);
		audit.record(author, "comment.create", "comment", Long.toString(id), null, store.find(id).orElseThrow().auditState());
		events.publishEvent(new CommentPosted(subjectType, subjectId, id, parentId, author.id()));
		return new Posted(id, subject, errors);
	}

	/**
	 * Records a report; past the configured number of reports the comment is hidden pending review.
	 * Reporting twice counts once.
	 * @return the page of the commented record
	 */
	@Transactional
	public String report(CurrentUser reporter, long commentId, String reason) {
		StoredComment comment = find(commentId);
		if (!REPORT_REASONS.contains(reason)) {
			throw new IllegalArgumentException("Unknown report reason " + reason);
		}
		if (store.report(commentId, reporter.id(), reason)) {
			audit.record(reporter, "comment.report", "comment", Long.toString(commentId), null, reason);
			StoredComment reported = find(commentId);
			if (reported.hiddenAt() == null && properties.hideAfterReports() > 0
					&& reported.openReports() >= properties.hideAfterReports()) {
				store.hide(commentId, null, HIDDEN_BY_REPORTS);
				audit.recordSystem("moderation", "comment.hide", "comment", Long.toString(commentId),
						reported.auditState(), find(commentId).auditState());
			}
		}
		return subject(comment).map(LinkableType.Link::path).orElse("/");
	}

	@Transactional
	public void hide(CurrentUser moderator, long commentId, String reason) {
		requireModerator(moderator);
		StoredComment before = find(commentId);
		store.hide(commentId, moderator.id(), reason == null || reason.isBlank() ? "moderation" : reason.strip());
		store.resolveReports(commentId);
		audit.record(moderator, "comment.hide", "comment", Long.toString(commentId), before.auditState(),
				find(commentId).auditState());
	}

	/** The comment stays (or comes back) visible and its reports are closed. */
	@Transactional
	public void keep(CurrentUser moderator, long commentId) {
		requireModerator(moderator);
		StoredComment before = find(commentId);
		store.show(commentId);
		store.resolveReports(commentId);
		audit.record(moderator, "comment.keep", "comment", Long.toString(commentId), before.auditState(),
				find(commentId).auditState());
	}

	public List<StoredComment> queue(int limit, long offset) {
		return store.reported(limit, offset);
	}

	public long queueSize() {
		return store.countReported();
	}

	/** The commented record, if it still exists. */
	public Optional<LinkableType.Link> subject(StoredComment comment) {
		return linkables.resolve(comment.subjectType(), comment.subjectId());
	}

	private StoredComment find(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("No comment " + id));
	}

	private static void requireModerator(CurrentUser user) {
		if (!user.has(Role.MODERATOR) && !user.has(Role.ADMIN)) {
			throw new AccessDeniedException("Moderators only");
		}
	}
}
