package fr.ouvert.integrity.register.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the register: a representative's page, the declarants, the keys an import compares with. */
@Component
public class RegisterQueries {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcClient jdbc;
	private final ObjectMapper json;
	private final Clock clock;

	RegisterQueries(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** The key of a representative across imports: {@code SIREN:123456789}. */
	public static String key(String nationalIdType, String nationalId) {
		return nationalIdType + ":" + nationalId;
	}

	/** Every representative's id, version and content hash, by key. */
	public Map<String, RegisterWriter.Current> allCurrent() {
		Map<String, RegisterWriter.Current> all = new HashMap<>();
		jdbc.sql("select id, version, content_sha256, national_id_type, national_id from integrity_representative")
			.query((ResultSet rs) -> {
				all.put(key(rs.getString(4), rs.getString(5)),
						new RegisterWriter.Current(rs.getLong(1), rs.getInt(2), rs.getString(3)));
			});
		return all;
	}

	public Optional<RegisterWriter.Current> current(long id) {
		return jdbc.sql("select id, version, content_sha256 from integrity_representative where id = ?").param(id)
			.query((rs, n) -> new RegisterWriter.Current(rs.getLong(1), rs.getInt(2), rs.getString(3))).optional();
	}

	public Optional<Long> idOf(String nationalIdType, String nationalId) {
		return jdbc.sql("select id from integrity_representative where national_id_type = ? and national_id = ?")
			.params(nationalIdType, nationalId).query(Long.class).optional();
	}

	/** The identity of the current version. */
	public Optional<Identity> identity(long id) {
		return jdbc.sql("""
				select v.identity::text from integrity_representative r
				join integrity_representative_version v on v.representative_id = r.id and v.version = r.version
				where r.id = ?""").param(id).query(String.class).optional().map(this::identityOf);
	}

	/** Stored reports of every representative, by {@link #reportKey}: (exercise id, content hash). */
	public Map<String, StoredReport> allReports() {
		Map<String, StoredReport> all = new HashMap<>();
		jdbc.sql("select representative_id, hatvp_id, date_start, id, content_sha256 from integrity_exercise").query((ResultSet rs) -> {
			all.put(reportKey(rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, LocalDate.class)),
					new StoredReport(rs.getLong(4), rs.getString(5)));
		});
		return all;
	}

	public record StoredReport(long id, String sha256) {
	}

	/**
	 * The key of a report across imports: HATVP's exerciceId when it has one (two of HATVP's financial years may share
	 * their dates), else its start date.
	 */
	public static String reportKey(long representative, Long hatvpId, LocalDate start) {
		return representative + "/" + (hatvpId != null ? "hatvp:" + hatvpId : start);
	}

	/** A representative's reports filed here (not imported), by start date. */
	public Map<LocalDate, StoredReport> filedReportsOf(long representative) {
		Map<LocalDate, StoredReport> all = new HashMap<>();
		jdbc.sql("select date_start, id, content_sha256 from integrity_exercise where representative_id = ? and hatvp_id is null")
			.param(representative)
			.query((ResultSet rs) -> {
				all.put(rs.getObject(1, LocalDate.class), new StoredReport(rs.getLong(2), rs.getString(3)));
			});
		return all;
	}

	/** A stored report, whole. */
	public Optional<Report> report(long exercise) {
		return storedReports("e.id = ?", exercise).values().stream().findFirst();
	}

	/** A representative's stored reports, whole, oldest first: what the HATVP exports write. */
	public List<Report> reportsOf(long representative) {
		return List.copyOf(storedReports("e.representative_id = ?", representative).values());
	}

	private Map<Long, Report> storedReports(String where, long param) {
		Map<Long, List<Report.Action>> actions = new HashMap<>();
		jdbc.sql("""
				select a.activity_id, a.officials, a.official_other, a.decisions, a.actions, a.action_other, a.third_parties,
				  a.observation
				from integrity_action a join integrity_activity v on v.id = a.activity_id
				join integrity_exercise e on e.id = v.exercise_id where %s order by a.activity_id, a.position""".formatted(where))
			.param(param)
			.query((ResultSet rs) -> {
				actions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Report.Action(strings(rs.getArray(2)),
						rs.getString(3), strings(rs.getArray(4)), strings(rs.getArray(5)), rs.getString(6),
						strings(rs.getArray(7)), rs.getString(8)));
			});
		Map<Long, List<Report.Activity>> activities = new HashMap<>();
		jdbc.sql("""
				select v.id, v.exercise_id, v.sheet_id, v.object, v.fields, v.published_at
				from integrity_activity v join integrity_exercise e on e.id = v.exercise_id where %s
				order by v.exercise_id, v.position""".formatted(where))
			.param(param)
			.query((ResultSet rs) -> {
				activities.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Report.Activity(rs.getString(3),
						rs.getString(4), strings(rs.getArray(5)), instant(rs.getTimestamp(6)),
						actions.getOrDefault(rs.getLong(1), List.of())));
			});
		Map<Long, Report> reports = new LinkedHashMap<>();
		jdbc.sql("""
				select e.id, e.hatvp_id, e.date_start, e.date_end, e.filed_at, e.expense_bracket, e.turnover_bracket,
				  e.no_turnover, e.staff, e.no_activity, e.declared_activities, e.comment
				from integrity_exercise e where %s order by e.date_start""".formatted(where))
			.param(param)
			.query((ResultSet rs) -> {
				long id = rs.getLong(1);
				reports.put(id, new Report(rs.getObject(2, Long.class), rs.getObject(3, LocalDate.class),
						rs.getObject(4, LocalDate.class), instant(rs.getTimestamp(5)), rs.getString(6), rs.getString(7),
						rs.getBoolean(8), rs.getBigDecimal(9), rs.getBoolean(10), rs.getObject(11, Integer.class),
						rs.getString(12), activities.getOrDefault(id, List.of())));
			});
		return reports;
	}

	/** A stored representative, whole, as the downloads write it. */
	public record Stored(long id, Instant firstPublishedAt, Instant updatedAt, Identity identity, List<Report> reports,
			List<Boolean> flagged) {
	}

	/** Every representative, by id, one at a time (memory holds one representative, whatever the register's size). */
	public void forEach(java.util.function.Consumer<Stored> action) {
		LocalDate today = LocalDate.now(clock.withZone(PARIS));
		List<Long> ids = jdbc.sql("select id from integrity_representative order by id").query(Long.class).list();
		for (long id : ids) {
			record Head(Instant first, Instant updated) {
			}
			Head head = jdbc.sql("select first_published_at, updated_at from integrity_representative where id = ?").param(id)
				.query((rs, n) -> new Head(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())).single();
			List<Report> reports = reportsOf(id);
			List<Boolean> flagged = reports.stream()
				.map(r -> ReportStatus.of(r.deadline(), r.filedAt(), today).flagged()).toList();
			action.accept(new Stored(id, head.first(), head.updated(), identity(id).orElseThrow(), reports, flagged));
		}
	}

	/** The exercise's representative, for permission checks. */
	public Optional<Long> representativeOfExercise(long exercise) {
		return jdbc.sql("select representative_id from integrity_exercise where id = ?").param(exercise).query(Long.class)
			.optional();
	}

	public boolean isDeclarant(long representative, long account) {
		return jdbc.sql("select exists (select 1 from integrity_declarant where representative_id = ? and account_id = ?)")
			.params(representative, account).query(Boolean.class).single();
	}

	/** The representatives an account declares for, by name. */
	public List<RepresentativePage.NetworkLink> declaredBy(long account) {
		return jdbc.sql("""
				select r.id, r.denomination, r.national_id from integrity_representative r
				join integrity_declarant d on d.representative_id = r.id where d.account_id = ? order by r.denomination""")
			.param(account).query((rs, n) -> new RepresentativePage.NetworkLink(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public Optional<RepresentativePage> page(long id) {
		record Head(long id, int version, Instant first, Instant updated, String origin, String nationalId) {
		}
		Optional<Head> head = jdbc.sql("""
				select id, version, first_published_at, updated_at, origin, national_id from integrity_representative where id = ?""")
			.param(id)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
					rs.getString(5), rs.getString(6)))
			.optional();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		Head h = head.get();
		Identity identity = identity(id).orElseThrow();
		List<RepresentativePage.VersionLine> versions = jdbc.sql("""
				select version, recorded_at, origin, changed_fields from integrity_representative_version
				where representative_id = ? order by version desc""").param(id)
			.query((rs, n) -> new RepresentativePage.VersionLine(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					strings(rs.getArray(4))))
			.list();
		List<RepresentativePage.NetworkLink> clients = jdbc.sql("""
				select id, denomination, national_id from integrity_representative
				where national_id = any(?) and id <> ? order by denomination""")
			.params(identity.clientIds().toArray(String[]::new), id)
			.query((rs, n) -> new RepresentativePage.NetworkLink(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
		List<RepresentativePage.NetworkLink> consultancies = jdbc.sql("""
				select id, denomination, national_id from integrity_representative
				where ? = any(client_ids) and id <> ? order by denomination""")
			.params(h.nationalId(), id)
			.query((rs, n) -> new RepresentativePage.NetworkLink(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
		return Optional.of(new RepresentativePage(h.id(), h.version(), h.first(), h.updated(), h.origin(), identity, versions,
				reports(id), clients, consultancies));
	}

	/** A representative's reports, latest first, with their activities and actions. */
	public List<RepresentativePage.ReportLine> reports(long representative) {
		LocalDate today = LocalDate.now(clock.withZone(PARIS));
		Map<Long, List<Report.Action>> actions = new HashMap<>();
		jdbc.sql("""
				select activity_id, officials, official_other, decisions, actions, action_other, third_parties, observation
				from integrity_action where representative_id = ? order by activity_id, position""").param(representative)
			.query((ResultSet rs) -> {
				actions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Report.Action(strings(rs.getArray(2)),
						rs.getString(3), strings(rs.getArray(4)), strings(rs.getArray(5)), rs.getString(6),
						strings(rs.getArray(7)), rs.getString(8)));
			});
		Map<Long, List<RepresentativePage.ActivityLine>> activities = new LinkedHashMap<>();
		jdbc.sql("""
				select id, exercise_id, sheet_id, object, fields, published_at from integrity_activity
				where representative_id = ? order by exercise_id, position""").param(representative)
			.query((ResultSet rs) -> {
				long activity = rs.getLong(1);
				activities.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new RepresentativePage.ActivityLine(activity,
						rs.getString(3), rs.getString(4), strings(rs.getArray(5)), instant(rs.getTimestamp(6)),
						actions.getOrDefault(activity, List.of())));
			});
		return jdbc.sql("""
				select id, date_start, date_end, deadline, filed_at, expense_bracket, expense_lower, turnover_bracket, staff,
				  no_activity, declared_activities, comment
				from integrity_exercise where representative_id = ? order by date_start desc""").param(representative)
			.query((rs, n) -> {
				LocalDate deadline = rs.getObject(4, LocalDate.class);
				Instant filed = instant(rs.getTimestamp(5));
				return new RepresentativePage.ReportLine(rs.getLong(1), rs.getObject(2, LocalDate.class),
						rs.getObject(3, LocalDate.class), deadline, filed, ReportStatus.of(deadline, filed, today), rs.getString(6),
						rs.getObject(7, Long.class), rs.getString(8), rs.getBigDecimal(9), rs.getBoolean(10),
						rs.getObject(11, Integer.class), rs.getString(12), activities.getOrDefault(rs.getLong(1), List.of()));
			})
			.list();
	}

	Identity identityOf(String document) {
		return json.readValue(document, Identity.class);
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
