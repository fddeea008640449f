package fr.ouvert.plan.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the plan's tables. */
@Repository
public class PlanRepository {

	private final JdbcClient jdbc;
	private final ObjectMapper json;

	PlanRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public List<Section> sections() {
		return jdbc.sql("select number, title, subsections::text as subsections from plan_section order by number")
			.query((rs, n) -> new Section(rs.getInt("number"), rs.getString("title"),
					json.readValue(rs.getString("subsections"), new TypeReference<List<Section.Subsection>>() {
					})))
			.list();
	}

	public List<Principle> principles() {
		return jdbc.sql("select code, label from plan_ogp_principle order by label").query(Principle.class).list();
	}

	public List<Institution> institutions() {
		return jdbc.sql("select slug, organisation_id, name, acronym, kind from plan_institution order by name")
			.query(Institution.class)
			.list();
	}

	public List<Commitment> commitments() {
		Map<String, Institution> institutions = institutionsBySlug();
		Map<Integer, List<Institution>> carriers = new LinkedHashMap<>();
		jdbc.sql("select commitment, institution from plan_commitment_carrier order by commitment, position")
			.query(rs -> {
				carriers.computeIfAbsent(rs.getInt("commitment"), k -> new ArrayList<>())
					.add(institutions.get(rs.getString("institution")));
			});
		return jdbc.sql("""
				select number, section, subsection, title, carrying_institutions_text, other_actors, continuity,
				       continuity_text, extends_2015_2017::text as extended, ogp_principles, ogp_principles_text, stakes,
				       ambitions
				from plan_commitment order by number""")
			.query((rs, n) -> new Commitment(rs.getInt("number"), rs.getInt("section"), rs.getString("subsection"),
					rs.getString("title"), carriers.getOrDefault(rs.getInt("number"), List.of()),
					rs.getString("carrying_institutions_text"), strings(rs.getArray("other_actors")),
					rs.getString("continuity"), rs.getString("continuity_text"),
					json.readValue(rs.getString("extended"), new TypeReference<List<Commitment.Extended>>() {
					}), strings(rs.getArray("ogp_principles")), rs.getString("ogp_principles_text"),
					rs.getString("stakes"), rs.getString("ambitions")))
			.list();
	}

	public Optional<Commitment> commitment(int number) {
		return commitments().stream().filter(c -> c.number() == number).findFirst();
	}

	/** Actions in plan order; {@code today} decides which are overdue. */
	public List<Action> actions(LocalDate today) {
		return actions(today, "true", List.of());
	}

	public List<Action> actionsOf(int commitment, LocalDate today) {
		return actions(today, "a.commitment = ?", List.of(commitment));
	}

	public Optional<Action> action(String id, LocalDate today) {
		return actions(today, "a.id = ?", List.of(id)).stream().findFirst();
	}

	private List<Action> actions(LocalDate today, String where, List<Object> params) {
		Map<String, Institution> institutions = institutionsBySlug();
		Map<String, List<Institution>> engagedBy = new LinkedHashMap<>();
		jdbc.sql("select action_id, institution from plan_action_institution order by action_id, institution")
			.query(rs -> {
				engagedBy.computeIfAbsent(rs.getString("action_id"), k -> new ArrayList<>())
					.add(institutions.get(rs.getString("institution")));
			});
		List<Object> all = new ArrayList<>();
		all.add(today);
		all.addAll(params);
		return jdbc.sql("""
				select a.*, (a.deadline is not null and a.deadline < ? and a.status <> 'completed') as overdue
				from plan_action a where %s order by a.commitment, a.position""".formatted(where))
			.params(all)
			.query((rs, n) -> mapAction(rs, engagedBy))
			.list();
	}

	public List<StatusChange> historyOfCommitment(int commitment) {
		return jdbc.sql("""
				select h.* from plan_status_change h join plan_action a on a.id = h.action_id
				where a.commitment = ? order by h.changed_at desc, h.id desc""")
			.param(commitment)
			.query(PlanRepository::mapChange)
			.list();
	}

	public List<StatusChange> historyOfAction(String actionId) {
		return jdbc.sql("select * from plan_status_change where action_id = ? order by changed_at desc, id desc")
			.param(actionId)
			.query(PlanRepository::mapChange)
			.list();
	}

	/** Records a status update: the action's current state and one more line of its history. */
	public long updateStatus(String actionId, ActionStatus status, int completion, String comment, String evidenceUrl,
			String evidenceDescription, String organisationName, long userId) {
		jdbc.sql("""
				update plan_action set status = ?, completion = ?, status_comment = ?, status_changed_at = now(),
				       updated_at = now()
				where id = ?""")
			.params(status.code(), completion, comment, actionId)
			.update();
		return jdbc.sql("""
				insert into plan_status_change (action_id, status, completion, comment, evidence_url,
				    evidence_description, organisation_name, changed_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(actionId, status.code(), completion, comment, evidenceUrl, evidenceDescription, organisationName,
					userId)
			.query(Long.class)
			.single();
	}

	private Map<String, Institution> institutionsBySlug() {
		Map<String, Institution> bySlug = new LinkedHashMap<>();
		institutions().forEach(i -> bySlug.put(i.slug(), i));
		return bySlug;
	}

	private static Action mapAction(ResultSet rs, Map<String, List<Institution>> engagedBy) throws SQLException {
		OffsetDateTime changed = rs.getObject("status_changed_at", OffsetDateTime.class);
		return new Action(rs.getString("id"), rs.getInt("commitment"), rs.getInt("position"), rs.getString("kind"),
				rs.getString("text"), strings(rs.getArray("details")), rs.getString("calendar"),
				rs.getObject("deadline", LocalDate.class), engagedBy.getOrDefault(rs.getString("id"), List.of()),
				rs.getString("engaged_by_text"), ActionStatus.fromCode(rs.getString("status")), rs.getInt("completion"),
				rs.getString("status_comment"), changed == null ? null : changed.toInstant(), rs.getBoolean("overdue"));
	}

	private static StatusChange mapChange(ResultSet rs, int row) throws SQLException {
		return new StatusChange(rs.getLong("id"), rs.getString("action_id"), ActionStatus.fromCode(rs.getString("status")),
				rs.getInt("completion"), rs.getString("comment"), rs.getString("evidence_url"),
				rs.getString("evidence_description"), rs.getString("organisation_name"),
				rs.getObject("changed_at", OffsetDateTime.class).toInstant());
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
