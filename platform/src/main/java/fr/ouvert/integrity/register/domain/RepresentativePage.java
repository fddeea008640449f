package fr.ouvert.integrity.register.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A representative as its public page and the API show it: current identity, history, reports, network. */
public record RepresentativePage(long id, int version, Instant firstPublishedAt, Instant updatedAt, String origin,
		Identity identity, List<VersionLine> versions, List<ReportLine> reports, List<NetworkLink> clientsRegistered,
		List<NetworkLink> consultancies) {

	/** A line of the history. */
	public record VersionLine(int version, Instant recordedAt, String origin, List<String> changedFields) {
	}

	/** A financial year with where its report stands, and what it declares. */
	public record ReportLine(long id, LocalDate start, LocalDate end, LocalDate deadline, Instant filedAt,
			ReportStatus status, String expenseBracket, Long expenseLower, String turnoverBracket, java.math.BigDecimal staff,
			boolean noActivity, Integer declaredActivities, String comment, List<ActivityLine> activities) {
	}

	public record ActivityLine(long id, String sheetId, String object, List<String> fields, Instant publishedAt,
			List<Report.Action> actions) {
	}

	/** Another registered representative linked through a client relation. */
	public record NetworkLink(long id, String denomination, String nationalId) {
	}

	/** The latest report's status that needs flagging (late or missing), if any. */
	public List<ReportLine> flagged() {
		return reports.stream().filter(r -> r.status().flagged()).toList();
	}
}
