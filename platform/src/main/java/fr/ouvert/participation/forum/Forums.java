package fr.ouvert.participation.forum;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;
import fr.ouvert.kernel.web.LinkableType;
import fr.ouvert.kernel.web.Linkables;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.kernel.web.Ui;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forums, their work axes and restitutions: what agents create and write, what everyone reads.
 * Every change is audited.
 */
@Service
public class Forums {

	/** Addresses under /forums that are pages, not forums. */
	static final Set<String> RESERVED_SLUGS = Set.of("nouveau", "abonnements");
	/** The linkable type of the plan's commitments, through which an axis names the ones it relates to. */
	static final String PLAN_COMMITMENT = "plan-commitment";
	private static final int SLUG_MAX = 80;

	/** A saved forum's slug, or the problems at their fields. */
	public record Created(String slug, FormErrors errors) {
	}

	/**
	 * A saved axis' id, or the problems at their fields.
	 *
	 * @param unknownCommitments the numbers typed that are no commitment of the plan
	 */
	public record AxisCreated(long axisId, FormErrors errors, List<String> unknownCommitments) {
	}

	private final ForumStore store;
	private final ForumPermissions permissions;
	private final AuditTrail audit;
	private final Linkables linkables;
	private final Clock clock;

	Forums(ForumStore store, ForumPermissions permissions, AuditTrail audit, Linkables linkables, Clock clock) {
		this.store = store;
		this.permissions = permissions;
		this.audit = audit;
		this.linkables = linkables;
		this.clock = clock;
	}

	public Instant now() {
		return clock.instant();
	}

	public List<Forum> upcoming(int limit) {
		return store.forums(true, now(), limit);
	}

	public List<Forum> past(int limit) {
		return store.forums(false, now(), limit);
	}

	public Forum bySlug(String slug) {
		return store.forum(slug).orElseThrow(() -> new NotFoundException("No forum " + slug));
	}

	public List<AxisSession> programme(Forum forum) {
		return store.sessions(forum);
	}

	public AxisSession session(Forum forum, long axisId) {
		return store.session(forum, axisId)
			.orElseThrow(() -> new NotFoundException("No axis " + axisId + " at forum " + forum.slug()));
	}

	/** The forums where the axis was worked on, oldest first. */
	public List<Forum> forumsOf(Axis axis) {
		return store.forumsOf(axis.id());
	}

	/** Axes of other forums this one may take up. */
	public List<Axis> continuable(Forum forum) {
		return store.axesOutside(forum);
	}

	/** The plan commitment of a number, as a link to its page, if the plan has it. */
	public Optional<LinkableType.Link> commitment(int number) {
		return linkables.resolve(PLAN_COMMITMENT, Integer.toString(number));
	}

	@Transactional
	public Created create(CurrentUser user, ForumForm form) {
		permissions.requireCreateForum(user);
		FormErrors errors = new FormErrors();
		String title = text(form.title());
		String theme = text(form.theme());
		String place = Forms.blankToNull(form.place());
		String onlineUrl = Forms.blankToNull(form.onlineUrl());
		String organisers = text(form.organisers());
		String description = text(form.description());
		errors.rejectIf(title.length() < 3 || title.length() > 200, "title", "forum.error.title")
			.rejectIf(theme.length() < 2 || theme.length() > 200, "theme", "forum.error.theme")
			.rejectIf(place == null && !form.heldOnline(), "place", "forum.error.place")
			.rejectIf(place != null && place.length() > 500, "place", "forum.error.place.long")
			.rejectIf(onlineUrl != null && !form.heldOnline(), "onlineUrl", "forum.error.onlineUrl.offline")
			.rejectIf(onlineUrl != null && !onlineUrl.matches("https?://\\S{3,500}"), "onlineUrl", "forum.error.onlineUrl")
			.rejectIf(organisers.length() < 2 || organisers.length() > 500, "organisers", "forum.error.organisers")
			.rejectIf(description.length() > 20000, "description", "forum.error.description");
		Instant heldAt = heldAt(form, errors);
		if (!errors.isEmpty()) {
			return new Created(null, errors);
		}
		String base = slug(title);
		String slug = base;
		for (int i = 2; RESERVED_SLUGS.contains(slug) || store.slugTaken(slug); i++) {
			slug = base + "-" + i;
		}
		long id = store.insertForum(slug, title, theme, heldAt, place, form.heldOnline(), onlineUrl, organisers, description,
				user.organisationId(), user.organisationName(), user.id());
		Forum created = store.forum(id).orElseThrow();
		audit.record(user, "participation.forum.create", "participation-forum", Long.toString(id), null, created.auditState());
		return new Created(slug, errors);
	}

	@Transactional
	public AxisCreated addAxis(CurrentUser user, Forum forum, AxisForm form) {
		permissions.requireManage(user, forum);
		String title = text(form.title());
		String description = text(form.description());
		List<Integer> commitments = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		Set<String> typed = new LinkedHashSet<>(List.of(text(form.commitments()).split("[\\s,;]+")));
		typed.remove("");
		for (String number : typed) {
			if (number.matches("\\d{1,3}") && commitment(Integer.parseInt(number)).isPresent()) {
				commitments.add(Integer.parseInt(number));
			}
			else {
				unknown.add(number);
			}
		}
		FormErrors errors = new FormErrors()
			.rejectIf(title.length() < 3 || title.length() > 200, "title", "forum.error.axis.title")
			.rejectIf(description.length() > 10000, "description", "forum.error.description")
			.rejectIf(!unknown.isEmpty(), "commitments", "forum.error.commitments");
		if (!errors.isEmpty()) {
			return new AxisCreated(0, errors, unknown);
		}
		long axisId = store.insertAxis(title, description, commitments, user.id());
		store.addSession(forum.id(), axisId);
		audit.record(user, "participation.forum.axis.create", "participation-forum-axis", Long.toString(axisId), null,
				new AxisAudit(forum.slug(), store.axis(axisId).orElseThrow(), null));
		return new AxisCreated(axisId, errors, unknown);
	}

	/** Takes up, at this forum, an axis started at another one: its threads go on. */
	@Transactional
	public void continueAxis(CurrentUser user, Forum forum, Long axisId) {
		permissions.requireManage(user, forum);
		if (axisId == null) {
			throw new BadRequestException("axis", "Choose the axis to take up");
		}
		Axis axis = store.axis(axisId).orElseThrow(() -> new NotFoundException("No axis " + axisId));
		if (store.session(forum, axisId).isPresent()) {
			return;
		}
		store.addSession(forum.id(), axisId);
		audit.record(user, "participation.forum.axis.continue", "participation-forum-axis", Long.toString(axisId), null,
				new AxisAudit(forum.slug(), axis, null));
	}

	/** Writes (or rewrites) what the plenary heard from the axis at this forum; empty removes it. */
	@Transactional
	public FormErrors writeRestitution(CurrentUser user, Forum forum, long axisId, String restitution) {
		permissions.requireManage(user, forum);
		AxisSession before = session(forum, axisId);
		String text = text(restitution);
		FormErrors errors = new FormErrors().rejectIf(text.length() > 50000, "restitution", "forum.error.restitution");
		if (!errors.isEmpty()) {
			return errors;
		}
		store.writeRestitution(forum.id(), axisId, text.isEmpty() ? null : text, user.id());
		audit.record(user, "participation.forum.restitution", "participation-forum-axis", Long.toString(axisId),
				new AxisAudit(forum.slug(), before.axis(), before.restitution()),
				new AxisAudit(forum.slug(), before.axis(), text.isEmpty() ? null : text));
		return errors;
	}

	/** What the audit trail keeps of an axis at a forum. */
	record AxisAudit(String forum, Axis axis, String restitution) {
	}

	/** The date and time typed, in Paris time; {@code null} with an error at the wrong field. */
	private static Instant heldAt(ForumForm form, FormErrors errors) {
		LocalDate date = null;
		LocalTime time = null;
		try {
			date = LocalDate.parse(text(form.date()));
		}
		catch (DateTimeParseException e) {
			errors.reject("date", "forum.error.date");
		}
		try {
			time = LocalTime.parse(text(form.time()));
		}
		catch (DateTimeParseException e) {
			errors.reject("time", "forum.error.time");
		}
		return date == null || time == null ? null : LocalDateTime.of(date, time).atZone(Ui.ZONE).toInstant();
	}

	/** Lower case, no accents, words joined by hyphens, as the forum's address. */
	static String slug(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > SLUG_MAX) {
			slug = slug.substring(0, SLUG_MAX).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "forum" : slug;
	}

	private static String text(String field) {
		return field == null ? "" : field.strip();
	}
}
