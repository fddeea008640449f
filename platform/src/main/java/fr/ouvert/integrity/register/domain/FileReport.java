package fr.ouvert.integrity.register.domain;

import java.time.Clock;

import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.FormErrors;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A declarant files the yearly activity report of a financial year (dated now: filed after the deadline, it is
 * late), then adds activities to it. Written with its audit entry in one transaction.
 */
@Service
public class FileReport {

	public sealed interface Outcome permits Filed, Rejected {
	}

	public record Filed(long exerciseId) implements Outcome {
	}

	public record Rejected(FormErrors errors) implements Outcome {
	}

	private final JdbcTemplate jdbc;
	private final ObjectMapper json;
	private final RegisterQueries queries;
	private final RegisterPermissions permissions;
	private final AuditTrail audit;
	private final Clock clock;

	FileReport(JdbcTemplate jdbc, ObjectMapper json, RegisterQueries queries, RegisterPermissions permissions,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.queries = queries;
		this.permissions = permissions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Outcome file(CurrentUser declarant, long representative, ReportForm form) {
		permissions.requireEdit(declarant, representative);
		FormErrors errors = new FormErrors();
		Report report = form.validate(clock.instant(), errors);
		if (report != null && queries.filedReportsOf(representative).containsKey(report.start())) {
			errors.reject("start", "register.error.reportExists");
		}
		if (!errors.isEmpty()) {
			return new Rejected(errors);
		}
		RegisterWriter writer = new RegisterWriter(jdbc, json);
		long id = writer.createReport(representative, report);
		writer.flush();
		audit.record(declarant, "integrity.register.file-report", "integrity-exercise", Long.toString(id), null, report);
		return new Filed(id);
	}

	@Transactional
	public Outcome addActivity(CurrentUser declarant, long exercise, ActivityForm form) {
		long representative = queries.representativeOfExercise(exercise)
			.orElseThrow(() -> new fr.ouvert.kernel.web.NotFoundException("No exercise " + exercise));
		permissions.requireEdit(declarant, representative);
		FormErrors errors = new FormErrors();
		Report.Activity activity = form.validate(clock.instant(), errors);
		if (!errors.isEmpty()) {
			return new Rejected(errors);
		}
		Report stored = queries.report(exercise).orElseThrow();
		java.util.List<Report.Activity> activities = new java.util.ArrayList<>(stored.activities());
		activities.add(activity);
		Report amended = new Report(stored.hatvpId(), stored.start(), stored.end(), stored.filedAt(), stored.expenseBracket(),
				stored.turnoverBracket(), stored.noTurnover(), stored.staff(), false, activities.size(), stored.comment(),
				activities);
		RegisterWriter writer = new RegisterWriter(jdbc, json);
		writer.replaceReport(exercise, representative, amended);
		writer.flush();
		audit.record(declarant, "integrity.register.add-activity", "integrity-exercise", Long.toString(exercise), null,
				activity);
		return new Filed(exercise);
	}
}
