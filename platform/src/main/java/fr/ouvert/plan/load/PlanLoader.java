package fr.ouvert.plan.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.cli.Progress;
import fr.ouvert.kernel.security.Sha256;
import fr.ouvert.plan.domain.Calendrier;
import fr.ouvert.plan.load.PlanFile.ActionEntry;
import fr.ouvert.plan.load.PlanFile.CommitmentEntry;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the plan file into the database. Idempotent: an unchanged file (same SHA-256) is skipped;
 * a changed one updates the texts of commitments and actions, never the statuses reported by the
 * institutions. The file is checked whole before anything is written, and written in one
 * transaction, with one audit entry per record created or changed.
 */
@Service
public class PlanLoader {

	/** The plan shipped with the platform. */
	public static final String PLAN_RESOURCE = "plan/plan-action-national-2018-2020.yaml";
	static final String LOADER = "plan-loader";

	/** What a load did. */
	public record Outcome(boolean unchanged, int created, int updated) {
	}

	private final JdbcClient jdbc;
	private final Organisations organisations;
	private final AuditTrail audit;
	private final ObjectMapper yaml = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();
	private final ObjectMapper json;

	PlanLoader(JdbcClient jdbc, Organisations organisations, AuditTrail audit, ObjectMapper json) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.audit = audit;
		this.json = json;
	}

	@Transactional
	public Outcome loadBundledPlan(Progress progress) {
		return load(new ClassPathResource(PLAN_RESOURCE), progress);
	}

	@Transactional
	public Outcome load(Resource resource, Progress progress) {
		byte[] bytes;
		try (InputStream in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String name = Objects.requireNonNullElse(resource.getFilename(), "plan");
		String checksum = Sha256.hex(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
		Optional<String> loaded = jdbc.sql("select checksum from plan_source where name = ?").param(name)
			.query(String.class).optional();
		if (loaded.isPresent() && loaded.get().equals(checksum)) {
			return new Outcome(true, 0, 0);
		}
		PlanFile plan;
		try {
			plan = yaml.readValue(bytes, PlanFile.class);
		}
		catch (RuntimeException e) {
			throw new PlanFileException(name, List.of(e.getMessage()));
		}
		Map<String, Optional<LocalDate>> deadlines = check(name, plan);
		progress.startStage("Chargement du plan d'action", plan.commitments().size());
		Counts counts = new Counts();
		Map<String, Long> organisationIds = new LinkedHashMap<>();
		for (PlanFile.InstitutionEntry entry : plan.institutions()) {
			Organisation organisation = organisations.ensure(entry.slug(), entry.name(), entry.acronym(), entry.kind(), LOADER);
			organisationIds.put(entry.slug(), organisation.id());
			upsert("plan-institution", entry.slug(), "select slug, organisation_id, name, acronym, kind from plan_institution where slug = ?",
					"""
					insert into plan_institution (slug, organisation_id, name, acronym, kind) values (?, ?, ?, ?, ?)
					on conflict (slug) do update set organisation_id = excluded.organisation_id, name = excluded.name,
					    acronym = excluded.acronym, kind = excluded.kind""",
					counts, entry.slug(), organisation.id(), entry.name(), entry.acronym(), entry.kind());
		}
		for (PlanFile.SectionEntry section : plan.sections()) {
			upsert("plan-section", Integer.toString(section.number()),
					"select number, title, subsections::text as subsections from plan_section where number = ?::int",
					"""
					insert into plan_section (number, title, subsections) values (?::int, ?, ?::jsonb)
					on conflict (number) do update set title = excluded.title, subsections = excluded.subsections""",
					counts, Integer.toString(section.number()), section.title(), json.writeValueAsString(section.subsections()));
		}
		for (PlanFile.PrincipleEntry principle : plan.ogpPrinciples()) {
			upsert("plan-ogp-principle", principle.code(), "select code, label from plan_ogp_principle where code = ?",
					"""
					insert into plan_ogp_principle (code, label) values (?, ?)
					on conflict (code) do update set label = excluded.label""",
					counts, principle.code(), principle.label());
		}
		Set<String> actionIds = new HashSet<>();
		for (CommitmentEntry c : plan.commitments()) {
			loadCommitment(c, deadlines, counts);
			c.actions().forEach(a -> actionIds.add(a.id()));
			progress.advance(1);
		}
		removeVanishedActions(name, actionIds);
		jdbc.sql("""
				insert into plan_source (name, checksum, loaded_at) values (?, ?, ?)
				on conflict (name) do update set checksum = excluded.checksum, loaded_at = excluded.loaded_at""")
			.params(name, checksum, OffsetDateTime.now())
			.update();
		progress.completeStage();
		return new Outcome(false, counts.created, counts.updated);
	}

	private void loadCommitment(CommitmentEntry c, Map<String, Optional<LocalDate>> deadlines, Counts counts) {
		String number = Integer.toString(c.number());
		upsert("plan-commitment", number, """
				select number, section, subsection, title, carrying_institutions_text, other_actors, continuity,
				       continuity_text, extends_2015_2017::text as extends_2015_2017, ogp_principles, ogp_principles_text,
				       stakes, ambitions,
				       (select array_agg(institution order by position) from plan_commitment_carrier where commitment = number) as carriers
				from plan_commitment where number = ?::int""", """
				insert into plan_commitment (number, section, subsection, title, carrying_institutions_text, other_actors,
				    continuity, continuity_text, extends_2015_2017, ogp_principles, ogp_principles_text, stakes, ambitions)
				values (?::int, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
				on conflict (number) do update set section = excluded.section, subsection = excluded.subsection,
				    title = excluded.title, carrying_institutions_text = excluded.carrying_institutions_text,
				    other_actors = excluded.other_actors, continuity = excluded.continuity,
				    continuity_text = excluded.continuity_text, extends_2015_2017 = excluded.extends_2015_2017,
				    ogp_principles = excluded.ogp_principles, ogp_principles_text = excluded.ogp_principles_text,
				    stakes = excluded.stakes, ambitions = excluded.ambitions, updated_at = now()""",
				counts, () -> {
					jdbc.sql("delete from plan_commitment_carrier where commitment = ?").param(c.number()).update();
					for (int i = 0; i < c.carryingInstitutions().size(); i++) {
						jdbc.sql("insert into plan_commitment_carrier (commitment, institution, position) values (?, ?, ?)")
							.params(c.number(), c.carryingInstitutions().get(i), i + 1)
							.update();
					}
				}, number, c.section(), c.subsection(), c.title(), c.carryingInstitutionsText(),
				c.otherActors().toArray(String[]::new), c.continuity(), c.continuityText(),
				json.writeValueAsString(c.extended()), c.ogpPrinciples().toArray(String[]::new), c.ogpPrinciplesText(),
				c.stakes(), c.ambitions());
		for (int i = 0; i < c.actions().size(); i++) {
			ActionEntry a = c.actions().get(i);
			List<String> engagedBy = a.ministry() ? a.engagedBy() : List.of();
			upsert("plan-action", a.id(), """
					select id, commitment, position, kind, text, details, calendar, deadline, engaged_by_text,
					       (select array_agg(institution order by institution) from plan_action_institution where action_id = id) as engaged_by
					from plan_action where id = ?""", """
					insert into plan_action (id, commitment, position, kind, text, details, calendar, deadline, engaged_by_text)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (id) do update set commitment = excluded.commitment, position = excluded.position,
					    kind = excluded.kind, text = excluded.text, details = excluded.details, calendar = excluded.calendar,
					    deadline = excluded.deadline, engaged_by_text = excluded.engaged_by_text, updated_at = now()""",
					counts, () -> {
						jdbc.sql("delete from plan_action_institution where action_id = ?").param(a.id()).update();
						engagedBy.stream().sorted().forEach(slug -> jdbc
							.sql("insert into plan_action_institution (action_id, institution) values (?, ?)")
							.params(a.id(), slug)
							.update());
					}, a.id(), c.number(), i + 1, a.ministry() ? "ministry" : "roadmap", a.text(),
					(a.details() == null ? List.<String>of() : a.details()).toArray(String[]::new), a.calendar(),
					deadlines.get(a.id()).orElse(null), a.engagedByText());
		}
	}

	/**
	 * Inserts or updates one record, then writes its children, and records an audit entry when the
	 * record (children included) changed. The first parameter is the record's key.
	 */
	private void upsert(String type, String key, String selectSql, String upsertSql, Counts counts, Runnable children,
			Object... params) {
		Optional<Map<String, Object>> before = snapshot(selectSql, key);
		jdbc.sql(upsertSql).params(params).update();
		children.run();
		Map<String, Object> after = snapshot(selectSql, key).orElseThrow();
		if (before.isEmpty()) {
			counts.created++;
			audit.recordSystem(LOADER, type + ".create", type, key, null, after);
		}
		else if (!before.get().equals(after)) {
			counts.updated++;
			audit.recordSystem(LOADER, type + ".update", type, key, before.get(), after);
		}
	}

	private void upsert(String type, String key, String selectSql, String upsertSql, Counts counts, Object... params) {
		upsert(type, key, selectSql, upsertSql, counts, () -> {
		}, params);
	}

	/** The record as comparable, serialisable values (arrays as lists, dates as text). */
	private Optional<Map<String, Object>> snapshot(String selectSql, String key) {
		return jdbc.sql(selectSql).param(key).query((rs, n) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				Object value = rs.getObject(i);
				if (value instanceof java.sql.Array array) {
					value = List.of((Object[]) array.getArray());
				}
				else if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
					value = value.toString();
				}
				row.put(rs.getMetaData().getColumnLabel(i), value);
			}
			return row;
		}).optional();
	}

	/** An action that left the file may go only if no institution reported on it. */
	private void removeVanishedActions(String file, Set<String> kept) {
		List<String> vanished = jdbc.sql("select id from plan_action").query(String.class).list().stream()
			.filter(id -> !kept.contains(id))
			.toList();
		List<String> problems = new ArrayList<>();
		for (String id : vanished) {
			if (jdbc.sql("select exists (select 1 from plan_status_change where action_id = ?)").param(id)
				.query(Boolean.class).single()) {
				problems.add("action " + id + ": removed from the file but it has status updates; keep it");
				continue;
			}
			Map<String, Object> before = snapshot("select id, commitment, text, calendar from plan_action where id = ?", id)
				.orElseThrow();
			jdbc.sql("delete from plan_action_institution where action_id = ?").param(id).update();
			jdbc.sql("delete from plan_action where id = ?").param(id).update();
			audit.recordSystem(LOADER, "plan-action.delete", "plan-action", id, before, null);
		}
		if (!problems.isEmpty()) {
			throw new PlanFileException(file, problems);
		}
	}

	/** Every problem of the file, before anything is written; the deadlines of the actions. */
	private static Map<String, Optional<LocalDate>> check(String file, PlanFile plan) {
		List<String> problems = new ArrayList<>();
		Map<String, Optional<LocalDate>> deadlines = new LinkedHashMap<>();
		Set<String> institutions = new HashSet<>();
		plan.institutions().forEach(i -> {
			if (!institutions.add(i.slug())) {
				problems.add("institution " + i.slug() + ": listed twice");
			}
			if (!Organisation.KINDS.contains(i.kind())) {
				problems.add("institution " + i.slug() + ", field kind: unknown kind \"" + i.kind() + "\"");
			}
		});
		Set<String> principles = new HashSet<>();
		plan.ogpPrinciples().forEach(p -> principles.add(p.code()));
		Set<Integer> sections = new HashSet<>();
		plan.sections().forEach(s -> sections.add(s.number()));
		Set<Integer> numbers = new HashSet<>();
		for (CommitmentEntry c : plan.commitments()) {
			String where = "commitment " + c.number();
			if (!numbers.add(c.number())) {
				problems.add(where + ": listed twice");
			}
			if (!sections.contains(c.section())) {
				problems.add(where + ", field section: no section " + c.section());
			}
			if (!Set.of("new", "extends").contains(c.continuity())) {
				problems.add(where + ", field continuity: must be new or extends, not \"" + c.continuity() + "\"");
			}
			c.carryingInstitutions().stream().filter(s -> !institutions.contains(s))
				.forEach(s -> problems.add(where + ", field carrying_institutions: unknown institution " + s));
			c.ogpPrinciples().stream().filter(p -> !principles.contains(p))
				.forEach(p -> problems.add(where + ", field ogp_principles: unknown principle " + p));
			if (c.actions() == null || c.actions().isEmpty()) {
				problems.add(where + ": no action");
				continue;
			}
			for (ActionEntry a : c.actions()) {
				String at = where + ", action " + a.id();
				if (a.id() == null || !a.id().matches(c.number() + "\\.M?\\d+")) {
					problems.add(at + ", field id: must be " + c.number() + ".<n> or " + c.number() + ".M<n>");
				}
				if (deadlines.containsKey(a.id())) {
					problems.add(at + ": id used twice");
				}
				if (a.text() == null || a.text().isBlank()) {
					problems.add(at + ", field text: empty");
				}
				if (a.ministry()) {
					a.engagedBy().stream().filter(s -> !institutions.contains(s))
						.forEach(s -> problems.add(at + ", field engaged_by: unknown institution " + s));
				}
				try {
					deadlines.put(a.id(), Calendrier.deadline(a.calendar()));
				}
				catch (IllegalArgumentException e) {
					problems.add(at + ", field calendar: " + e.getMessage());
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new PlanFileException(file, problems);
		}
		return deadlines;
	}

	private static final class Counts {
		int created;
		int updated;
	}
}
