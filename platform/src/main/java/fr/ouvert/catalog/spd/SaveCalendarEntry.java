package fr.ouvert.catalog.spd;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.account.Organisation;
import fr.ouvert.catalog.request.DatasetLinks;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ministry adds a high-impact dataset to its opening calendar, or updates one: planned date, when
 * work started, when it opened and where. The entry and its audit entry are written together.
 */
@Service
public class SaveCalendarEntry {

	/** The form as posted; {@code id} is {@code null} for a new entry; dates as {@code yyyy-MM-dd}. */
	public record Command(Long id, String organisation, String title, String description, String plannedDate,
			String startedOn, String openedOn, String datasetUrl) {

		static Command empty() {
			return new Command(null, "", "", "", "", "", "", "");
		}

		static Command of(CalendarEntry e) {
			return new Command(e.id(), Long.toString(e.organisationId()), e.title(), text(e.description()),
					text(e.plannedDate()), text(e.startedOn()), text(e.openedOn()), text(e.datasetUrl()));
		}

		private static String text(Object value) {
			return value == null ? "" : value.toString();
		}
	}

	/** What came of it: the saved entry, or what is wrong with the form. */
	record Outcome(Long id, FormErrors errors) {
	}

	/** "2 à 3 jeux de données à fort impact par ministère". */
	static final int MAX_PER_MINISTRY = 3;
	static final int MAX_TITLE = 200;
	static final int MAX_DESCRIPTION = 1000;

	private final SpdRepository repository;
	private final SpdPermissions permissions;
	private final AuditTrail audit;
	private final Clock clock;

	SaveCalendarEntry(SpdRepository repository, SpdPermissions permissions, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.permissions = permissions;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws AccessDeniedException when the person may not keep this ministry's calendar */
	@Transactional
	Outcome execute(CurrentUser agent, Command command) {
		LocalDate today = LocalDate.now(clock);
		Optional<CalendarEntry> existing = Optional.ofNullable(command.id())
			.map(id -> repository.entry(id, today).orElseThrow(() -> new NotFoundException("No calendar entry " + id)));
		Organisation ministry;
		if (existing.isPresent()) {
			if (!permissions.canEdit(Optional.of(agent), existing.get())) {
				throw new AccessDeniedException("Not an agent of " + existing.get().organisationName());
			}
			ministry = null;
		}
		else {
			var allowed = permissions.ministriesOf(Optional.of(agent));
			if (allowed.isEmpty()) {
				throw new AccessDeniedException("Not an agent of a ministry");
			}
			// An agent adds to their own ministry's calendar; an administrator chooses the ministry.
			ministry = allowed.stream()
				.filter(o -> Long.toString(o.id()).equals(command.organisation()))
				.findFirst()
				.orElse(allowed.size() == 1 ? allowed.get(0) : null);
		}
		FormErrors errors = new FormErrors();
		String title = Forms.blankToNull(command.title());
		String description = Forms.blankToNull(command.description());
		DateField planned = DateField.of(command.plannedDate());
		DateField started = DateField.of(command.startedOn());
		DateField opened = DateField.of(command.openedOn());
		String url = Forms.blankToNull(command.datasetUrl());
		errors.rejectIf(existing.isEmpty() && ministry == null, "organisation", "catalog.spd.error.organisation");
		errors.rejectIf(existing.isEmpty() && ministry != null && repository.countOf(ministry.id()) >= MAX_PER_MINISTRY,
				"organisation", "catalog.spd.error.full");
		errors.rejectIf(title == null || title.length() > MAX_TITLE, "title", "catalog.spd.error.title");
		errors.rejectIf(description != null && description.length() > MAX_DESCRIPTION, "description",
				"catalog.spd.error.description");
		errors.rejectIf(planned.value() == null, "plannedDate", "catalog.spd.error.plannedDate");
		errors.rejectIf(started.invalid(), "startedOn", "catalog.spd.error.date");
		errors.rejectIf(opened.invalid(), "openedOn", "catalog.spd.error.date");
		errors.rejectIf(opened.value() != null && opened.value().isAfter(today), "openedOn", "catalog.spd.error.openedFuture");
		errors.rejectIf(url == null && opened.value() != null, "datasetUrl", "catalog.spd.error.datasetUrlRequired");
		errors.rejectIf(url != null && !DatasetLinks.isValid(url), "datasetUrl", "catalog.spd.error.datasetUrl");
		errors.rejectIf(url != null && opened.value() == null && !opened.invalid(), "openedOn",
				"catalog.spd.error.openedRequired");
		if (!errors.isEmpty()) {
			return new Outcome(null, errors);
		}
		long id;
		if (existing.isPresent()) {
			id = existing.get().id();
			repository.update(id, title, description, planned.value(), started.value(), opened.value(), url);
			audit.record(agent, "catalog.spd-calendar.update", "catalog-spd-calendar-entry", Long.toString(id),
					state(existing.get().title(), existing.get().description(), existing.get().plannedDate(),
							existing.get().startedOn(), existing.get().openedOn(), existing.get().datasetUrl()),
					state(title, description, planned.value(), started.value(), opened.value(), url));
		}
		else {
			id = repository.insert(ministry.id(), ministry.name(), title, description, planned.value(), started.value(),
					opened.value(), url);
			Map<String, Object> after = state(title, description, planned.value(), started.value(), opened.value(), url);
			after.put("organisation", ministry.name());
			audit.record(agent, "catalog.spd-calendar.create", "catalog-spd-calendar-entry", Long.toString(id), null, after);
		}
		return new Outcome(id, errors);
	}

	/** A date typed in a form: empty, a valid date, or invalid. */
	private record DateField(LocalDate value, boolean invalid) {
		static DateField of(String text) {
			String date = Forms.blankToNull(text);
			if (date == null) {
				return new DateField(null, false);
			}
			try {
				return new DateField(LocalDate.parse(date), false);
			}
			catch (DateTimeParseException e) {
				return new DateField(null, true);
			}
		}
	}

	private static Map<String, Object> state(String title, String description, LocalDate planned, LocalDate started,
			LocalDate opened, String url) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("title", title);
		state.put("description", description);
		state.put("planned_date", planned == null ? null : planned.toString());
		state.put("started_on", started == null ? null : started.toString());
		state.put("opened_on", opened == null ? null : opened.toString());
		state.put("dataset_url", url);
		return state;
	}
}
