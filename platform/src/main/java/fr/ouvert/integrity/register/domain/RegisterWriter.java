package fr.ouvert.integrity.register.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

import fr.ouvert.hatvp.register.AmountBracket;
import fr.ouvert.kernel.db.CopyText;
import fr.ouvert.kernel.security.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes representatives, their versions and their reports in batches: the forms write one record at a time
 * through it, the importer thousands. Ids are drawn from the sequences beforehand, so children are written in the
 * same batches as their parents. Used inside the caller's transaction; {@link #flush()} before reading back.
 */
public final class RegisterWriter {

	private static final int BATCH = 1000;

	/** Where a representative stands before a write: its id, version and current content hash. */
	public record Current(long id, int version, String sha256) {
	}

	private final JdbcTemplate jdbc;
	private final ObjectMapper json;
	private final Ids representativeIds;
	private final Ids exerciseIds;
	private final Ids activityIds;
	private final List<Object[]> representatives = new ArrayList<>();
	private final List<Object[]> representativeUpdates = new ArrayList<>();
	private final List<Object[]> versions = new ArrayList<>();
	private final List<Object[]> exercises = new ArrayList<>();
	private final List<Long> replacedExercises = new ArrayList<>();
	private final List<Object[]> activities = new ArrayList<>();
	private final List<Object[]> actions = new ArrayList<>();
	private final java.util.Set<Long> reported = new java.util.HashSet<>();

	public RegisterWriter(JdbcTemplate jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.representativeIds = new Ids(jdbc, "integrity_representative_id_seq");
		this.exerciseIds = new Ids(jdbc, "integrity_exercise_id_seq");
		this.activityIds = new Ids(jdbc, "integrity_activity_id_seq");
	}

	/** The content hash an identity is stored with: equal documents, equal hashes. */
	public String sha256(Object document) {
		// Written straight into the digest, as {@link Sha256#hex} would hash the same JSON's UTF-8 bytes.
		try {
			java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
			json.writeValue(new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), digest), document);
			return java.util.HexFormat.of().formatHex(digest.digest());
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JVM", e);
		}
	}

	/** Writes a new representative and its first version; returns its id. */
	public long create(Identity identity, String origin, Instant at) {
		long id = representativeIds.next();
		String document = json.writeValueAsString(identity);
		representatives.add(new Object[] { id, identity.nationalId(), identity.nationalIdType(), identity.denomination(),
				identity.categoryCode(), identity.categoryFamily(), identity.city(), identity.sectors().toArray(String[]::new),
				identity.clientIds().toArray(String[]::new), Timestamp.from(at), Sha256.hex(document), origin,
				Timestamp.from(at) });
		versions.add(new Object[] { id, 1, Timestamp.from(at), origin, document, new String[0] });
		flushIfFull();
		return id;
	}

	/**
	 * Writes a new version when the identity differs from the current one.
	 * @param previous the current version's document, to list the fields that changed
	 * @return whether a version was written
	 */
	public boolean update(Current current, Identity previous, Identity identity, String origin, Instant at) {
		String document = json.writeValueAsString(identity);
		String sha = Sha256.hex(document);
		if (sha.equals(current.sha256())) {
			return false;
		}
		int version = current.version() + 1;
		representativeUpdates.add(new Object[] { identity.nationalId(), identity.nationalIdType(), identity.denomination(),
				identity.categoryCode(), identity.categoryFamily(), identity.city(), identity.sectors().toArray(String[]::new),
				identity.clientIds().toArray(String[]::new), version, sha, Timestamp.from(at), current.id() });
		versions.add(new Object[] { current.id(), version, Timestamp.from(at), origin, document,
				changedFields(previous, identity) });
		flushIfFull();
		return true;
	}

	/** Writes a report not stored yet. */
	public long createReport(long representative, Report report) {
		return createReport(representative, report, reportSha256(report));
	}

	/** Writes a report not stored yet, whose hash the caller has computed. */
	public long createReport(long representative, Report report, String sha256) {
		long id = exerciseIds.next();
		exercises.add(exerciseRow(id, representative, report, sha256));
		addActivities(id, representative, report);
		reported.add(representative);
		flushIfFull();
		return id;
	}

	/** Replaces a stored report whole (its activities and actions too). */
	public void replaceReport(long exercise, long representative, Report report) {
		replaceReport(exercise, representative, report, reportSha256(report));
	}

	/** Replaces a stored report whole, with the hash the caller has computed. */
	public void replaceReport(long exercise, long representative, Report report, String sha256) {
		replacedExercises.add(exercise);
		exercises.add(exerciseRow(exercise, representative, report, sha256));
		addActivities(exercise, representative, report);
		reported.add(representative);
		flushIfFull();
	}

	/** The hash a report is stored with. */
	public String reportSha256(Report report) {
		return sha256(report);
	}

	private Object[] exerciseRow(long id, long representative, Report report, String sha256) {
		AmountBracket expense = AmountBracket.parse(report.expenseBracket()).orElse(null);
		AmountBracket turnover = AmountBracket.parse(report.turnoverBracket()).orElse(null);
		return new Object[] { id, representative, report.hatvpId(), report.start(), report.end(), report.deadline(),
				report.filedAt() == null ? null : Timestamp.from(report.filedAt()), report.expenseBracket(),
				expense == null ? null : expense.lowerBound(), expense == null ? null : expense.upperBound(), report.turnoverBracket(),
				turnover == null ? null : turnover.lowerBound(), turnover == null ? null : turnover.upperBound(), report.noTurnover(),
				report.staff(), report.noActivity(), report.declaredActivities(), report.comment(), sha256 };
	}

	private void addActivities(long exercise, long representative, Report report) {
		int position = 0;
		for (Report.Activity activity : report.activities()) {
			long id = activityIds.next();
			activities.add(new Object[] { id, exercise, representative, activity.sheetId(), activity.object(),
					activity.fields().toArray(String[]::new),
					activity.publishedAt() == null ? null : Timestamp.from(activity.publishedAt()), position++ });
			int actionPosition = 0;
			for (Report.Action action : activity.actions()) {
				actions.add(new Object[] { id, representative, action.officialTypes().toArray(String[]::new),
						action.officials().toArray(String[]::new), action.officialOther(),
						action.decisions().toArray(String[]::new), action.actions().toArray(String[]::new),
						action.actionOther(), action.thirdParties().toArray(String[]::new), action.observation(),
						actionPosition++ });
			}
		}
	}

	private String[] changedFields(Identity before, Identity after) {
		JsonNode a = json.valueToTree(before);
		JsonNode b = json.valueToTree(after);
		TreeSet<String> changed = new TreeSet<>();
		for (String name : b.propertyNames()) {
			if (!b.get(name).equals(a.get(name))) {
				changed.add(name);
			}
		}
		return changed.toArray(String[]::new);
	}

	private void flushIfFull() {
		if (activities.size() + actions.size() + exercises.size() + versions.size() >= BATCH) {
			flush();
		}
	}

	/** Sends every pending row, parents first. */
	public void flush() {
		batch("""
				insert into integrity_representative (id, national_id, national_id_type, denomination, category_code,
				  category_family, city, sectors, client_ids, first_published_at, content_sha256, origin, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", representatives);
		batch("""
				update integrity_representative set national_id = ?, national_id_type = ?, denomination = ?, category_code = ?,
				  category_family = ?, city = ?, sectors = ?, client_ids = ?, version = ?, content_sha256 = ?, updated_at = ?
				where id = ?""", representativeUpdates);
		batch("""
				insert into integrity_representative_version (representative_id, version, recorded_at, origin, identity, changed_fields)
				values (?, ?, ?, ?, ?::jsonb, ?)""", versions);
		if (!replacedExercises.isEmpty()) {
			// Children first: activities and actions have no foreign key to cascade from.
			for (String delete : List.of(
					"delete from integrity_action where activity_id in (select id from integrity_activity where exercise_id = any(?))",
					"delete from integrity_activity where exercise_id = any(?)", "delete from integrity_exercise where id = any(?)")) {
				jdbc.update(connection -> {
					PreparedStatement ps = connection.prepareStatement(delete);
					ps.setArray(1, connection.createArrayOf("bigint", replacedExercises.toArray()));
					return ps;
				});
			}
			replacedExercises.clear();
		}
		copy("""
				copy integrity_exercise (id, representative_id, hatvp_id, date_start, date_end, deadline, filed_at,
				  expense_bracket, expense_lower, expense_upper, turnover_bracket, turnover_lower, turnover_upper, no_turnover,
				  staff, no_activity, declared_activities, comment, content_sha256) from stdin""", exercises);
		copy("""
				copy integrity_activity (id, exercise_id, representative_id, sheet_id, object, fields, published_at, position)
				from stdin""", activities);
		copy("""
				copy integrity_action (activity_id, representative_id, official_types, officials, official_other,
				  decisions, actions, action_other, third_parties, observation, position) from stdin""", actions);
		if (!reported.isEmpty()) {
			// The reports' changes are changes of the register's datasets: their last modification follows.
			jdbc.update(connection -> {
				PreparedStatement ps = connection.prepareStatement(
						"update integrity_representative set updated_at = greatest(updated_at, now()) where id = any(?)");
				ps.setArray(1, connection.createArrayOf("bigint", reported.toArray()));
				return ps;
			});
			reported.clear();
		}
	}

	private void batch(String sql, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(sql, rows, rows.size(), (ps, row) -> {
			Connection connection = ps.getConnection();
			for (int i = 0; i < row.length; i++) {
				set(ps, connection, i + 1, row[i]);
			}
		});
		rows.clear();
	}

	private static void set(PreparedStatement ps, Connection connection, int index, Object value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.NULL);
		}
		else if (value instanceof String[] array) {
			ps.setArray(index, connection.createArrayOf("text", array));
		}
		else if (value instanceof java.time.LocalDate date) {
			ps.setObject(index, date);
		}
		else {
			ps.setObject(index, value);
		}
	}

	/** Sends rows with COPY on the transaction's connection, then empties the list. */
	private void copy(String statement, List<Object[]> rows) {
		CopyText copy = new CopyText(statement);
		rows.forEach(copy::row);
		copy.flush(jdbc.getDataSource());
		rows.clear();
	}

	/** Ids drawn from a sequence a thousand at a time. */
	private static final class Ids {
		private final JdbcTemplate jdbc;
		private final String sequence;
		private final Deque<Long> drawn = new ArrayDeque<>();

		Ids(JdbcTemplate jdbc, String sequence) {
			this.jdbc = jdbc;
			this.sequence = sequence;
		}

		long next() {
			if (drawn.isEmpty()) {
				drawn.addAll(jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, " + BATCH + ")",
						Long.class));
			}
			return drawn.removeFirst();
		}
	}
}
