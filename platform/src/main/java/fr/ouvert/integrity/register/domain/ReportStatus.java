package fr.ouvert.integrity.register.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where a yearly report stands against its deadline (three months after the end of the financial year): filed in
 * time, filed late, missing (not filed and past the deadline) or not yet due.
 */
public enum ReportStatus {
	ON_TIME("on_time"), LATE("late"), MISSING("missing"), DUE("due");

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** The same rule in SQL over {@code integrity_exercise e}, for filters and the API. */
	public static final String SQL = """
			(case when e.filed_at is not null then
			    case when (e.filed_at at time zone 'Europe/Paris')::date > e.deadline then 'late' else 'on_time' end
			  when (now() at time zone 'Europe/Paris')::date > e.deadline then 'missing' else 'due' end)""";

	private final String code;

	ReportStatus(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public boolean flagged() {
		return this == LATE || this == MISSING;
	}

	public static ReportStatus of(LocalDate deadline, Instant filedAt, LocalDate today) {
		if (filedAt != null) {
			return filedAt.atZone(PARIS).toLocalDate().isAfter(deadline) ? LATE : ON_TIME;
		}
		return today.isAfter(deadline) ? MISSING : DUE;
	}

	public static ReportStatus ofCode(String code) {
		for (ReportStatus s : values()) {
			if (s.code.equals(code)) {
				return s;
			}
		}
		throw new IllegalArgumentException("No report status " + code);
	}
}
