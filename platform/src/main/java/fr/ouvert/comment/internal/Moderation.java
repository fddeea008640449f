package fr.ouvert.comment.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.LinkableType;
import fr.ouvert.kernel.web.Linkables;
import fr.ouvert.kernel.web.NotFoundException;

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

	Moderation(CommentStore store, Linkables linkables, AuditTrail audit, CommentProperties properties) {
		this.store = store;
		this.linkables = linkables;
		this.audit = audit;
		this.properties = properties;
	}

	@Transactional
	public Posted post(CurrentUser author, String subjectType, String subjectId, String body) {
		LinkableType.Link subject = linkables.resolve(subjectType, subjectId)
			.orElseThrow(() -> new NotFoundException("No " + subjectType + " " + subjectId));
		String text = body == null ? "" : body.strip();
		FormErrors errors = new FormErrors()
			.rejectIf(text.isEmpty(), "body", "comment.error.empty")
			.rejectIf(text.length() > properties.maxLength(), "body", "comment.error.long");
		if (!errors.isEmpty()) {
			return new Posted(0, subject, errors);
		}
		long id = store.insert(subjectType, subjectId, author.id(), author.displayName(), text);
		audit.record(author, "comment.create", "comment", Long.toString(id), null, store.find(id).orElseThrow().auditState());
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
