package fr.ouvert.participation.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.participation.consultation.ConsultationMaterial.Article;
import fr.ouvert.participation.consultation.ConsultationMaterial.Document;
import fr.ouvert.participation.consultation.ConsultationMaterial.Question;
import fr.ouvert.participation.consultation.ConsultationMaterial.SeedStatement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading consultations, and the one place that says which phase a consultation is in: the other parts
 * of participation (contributions, synthesis, forum) ask here whether a consultation is open.
 */
@Service
public class Consultations {

	/** The access point's status filter: the phases as a visitor groups them. */
	public enum Status {
		OPEN("open"), UPCOMING("upcoming"), CLOSED("closed"), OVERDUE("overdue");

		private final String code;

		Status(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		public static Optional<Status> of(String code) {
			return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
		}
	}

	/** Filters of the access point and the API; {@code null} means any. */
	public record Filter(Long organisationId, String theme, Status status) {
	}

	/** A consultation in a list, with its phase at the time of the request. */
	public record Listed(Consultation consultation, ConsultationPhase phase) {
		public boolean overdue() {
			return phase.overdue();
		}
	}

	public record Page(List<Listed> items, long total) {
	}

	/** What participants did, from the counters kept on the rows. */
	public record Counts(long proposals, long supports, long statements, long statementVotes, long surveyAnswers) {
	}

	/** The public synthesis, or its draft while {@code published} is false. */
	public record Synthesis(String body, String method, String opinionGroupsJson, String topicClustersJson,
			Instant updatedAt) {
	}

	/** The administration's decision on a proposal or on a theme. */
	public record FollowUp(long id, Long proposalId, String proposalTitle, String theme, String decision,
			String explanation, Instant createdAt) {
	}

	static final String COLUMNS = """
			c.id, c.slug, c.title, c.organisation_id, c.organisation_name, c.theme, c.legal_basis, c.replaces_commission,
			c.context, c.submitted_text, c.procedure, c.moderation_charter, c.announced_follow_ups, c.contribution_types,
			c.requires_verified, c.opens_at, c.closes_at, c.published_at, c.closed_at, c.synthesis_published_at,
			c.follow_ups_published_at, c.created_by, c.created_at, c.updated_at""";

	private final JdbcClient jdbc;
	private final Clock clock;

	Consultations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Instant now() {
		return clock.instant();
	}

	public Optional<Consultation> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from participation_consultation c where c.id = ?").param(id)
			.query(Consultations::consultation).optional();
	}

	public Optional<Consultation> findBySlug(String slug) {
		return jdbc.sql("select " + COLUMNS + " from participation_consultation c where c.slug = ?").param(slug)
			.query(Consultations::consultation).optional();
	}

	/** The consultation's phase now; an unknown id is a bug of the caller. */
	public ConsultationPhase phase(long consultationId) {
		return find(consultationId).orElseThrow(() -> new IllegalArgumentException("No consultation " + consultationId))
			.phase(now());
	}

	public boolean isOpen(long consultationId) {
		return phase(consultationId) == ConsultationPhase.OPEN;
	}

	/**
	 * Whether this person may contribute to the consultation now: it is open, offers this way of taking part,
	 * and, when it asks for a verified identity, theirs is.
	 */
	public boolean mayContribute(Consultation consultation, ContributionType type, Optional<CurrentUser> user) {
		return consultation.phase(now()) == ConsultationPhase.OPEN && consultation.offers(type)
				&& user.map(u -> u.verified() || !consultation.requiresVerified()).orElse(false);
	}

	/** Published consultations only, newest opening first; drafts are their agents' business. */
	public Page search(Filter filter, PageRequest page) {
		StringBuilder where = new StringBuilder(" where c.published_at is not null");
		List<Object> params = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
		if (filter.organisationId() != null) {
			where.append(" and c.organisation_id = ?");
			params.add(filter.organisationId());
		}
		if (filter.theme() != null) {
			where.append(" and c.theme = ?");
			params.add(filter.theme());
		}
		if (filter.status() != null) {
			switch (filter.status()) {
				case OPEN -> where.append(" and c.opens_at <= ? and c.closes_at > ? and c.closed_at is null");
				case UPCOMING -> where.append(" and c.opens_at > ?");
				case CLOSED -> where.append(" and (c.closes_at <= ? or c.closed_at is not null)");
				case OVERDUE -> where.append(" and (c.closes_at <= ? or c.closed_at is not null) and c.synthesis_published_at is null");
			}
			int times = filter.status() == Status.OPEN ? 2 : 1;
			for (int i = 0; i < times; i++) {
				params.add(now);
			}
		}
		long total = jdbc.sql("select count(*) from participation_consultation c" + where).params(params)
			.query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.pageSize());
		pageParams.add(page.offset());
		List<Listed> items = jdbc.sql("select " + COLUMNS + " from participation_consultation c" + where
				+ " order by c.opens_at desc, c.id desc limit ? offset ?")
			.params(pageParams)
			.query(Consultations::consultation)
			.list()
			.stream()
			.map(c -> new Listed(c, c.phase(now())))
			.toList();
		return new Page(items, total);
	}

	/** The last published consultations to change, most recent change first (the Atom feed). */
	public List<Listed> recentlyUpdated(int limit) {
		return jdbc.sql("select " + COLUMNS + " from participation_consultation c where c.published_at is not null"
				+ " order by c.updated_at desc, c.id desc limit ?")
			.param(limit)
			.query(Consultations::consultation)
			.list()
			.stream()
			.map(c -> new Listed(c, c.phase(now())))
			.toList();
	}

	/** The consultations this person may edit: their organisation's, or all for an administrator. */
	public List<Listed> editableBy(CurrentUser user) {
		return jdbc.sql("select " + COLUMNS + " from participation_consultation c"
				+ " where ? or c.organisation_id = ? order by c.updated_at desc limit 200")
			.params(user.has(fr.ouvert.kernel.security.Role.ADMIN),
					user.organisationId() == null ? -1L : user.organisationId())
			.query(Consultations::consultation)
			.list()
			.stream()
			.map(c -> new Listed(c, c.phase(now())))
			.toList();
	}

	/** Themes of the published consultations, for the filter. */
	public List<String> themes() {
		return jdbc.sql("select distinct theme from participation_consultation where published_at is not null order by theme")
			.query(String.class).list();
	}

	/** Organisations that published a consultation: id and name, for the filter. */
	public List<Organiser> organisers() {
		return jdbc.sql("""
				select organisation_id as id, min(organisation_name) as name from participation_consultation
				where published_at is not null group by organisation_id order by 2""").query(Organiser.class).list();
	}

	public record Organiser(long id, String name) {
	}

	public List<Document> documents(long consultationId) {
		return jdbc.sql("""
				select position, title, url, description from participation_document where consultation_id = ?
				order by position""").param(consultationId).query(Document.class).list();
	}

	public List<Article> articles(long consultationId) {
		return jdbc.sql("select id, position, title, body from participation_article where consultation_id = ? order by position")
			.param(consultationId).query(Article.class).list();
	}

	public List<Question> questions(long consultationId) {
		return jdbc.sql("""
				select id, position, kind, label, options, scale_min, scale_max, required from participation_question
				where consultation_id = ? order by position""").param(consultationId)
			.query((rs, n) -> new Question(rs.getLong("id"), rs.getInt("position"), rs.getString("kind"),
					rs.getString("label"), List.of((String[]) rs.getArray("options").getArray()),
					(Integer) rs.getObject("scale_min"), (Integer) rs.getObject("scale_max"), rs.getBoolean("required")))
			.list();
	}

	public List<SeedStatement> seedStatements(long consultationId) {
		return jdbc.sql("select id, body from participation_statement where consultation_id = ? and seed order by id")
			.param(consultationId).query(SeedStatement.class).list();
	}

	public Counts counts(long consultationId) {
		return jdbc.sql("""
				select (select count(*) from participation_proposal where consultation_id = :id and hidden_at is null) as proposals,
				       (select coalesce(sum(support_count), 0) from participation_proposal where consultation_id = :id) as supports,
				       (select count(*) from participation_statement where consultation_id = :id and hidden_at is null) as statements,
				       (select coalesce(sum(agree_count + disagree_count + pass_count), 0) from participation_statement
				        where consultation_id = :id) as statement_votes,
				       (select count(*) from participation_answer a join participation_question q on q.id = a.question_id
				        where q.consultation_id = :id) as survey_answers""")
			.param("id", consultationId).query(Counts.class).single();
	}

	/**
	 * How many accounts took part in any way. It reads every support and vote of the consultation (a million
	 * in the benchmark), so only the agent's synthesis page asks it, never a public page.
	 */
	public long participants(long consultationId) {
		return jdbc.sql("""
				select count(*) from (
				    select author_id from participation_proposal where consultation_id = :id
				    union select s.account_id from participation_support s join participation_proposal p on p.id = s.proposal_id
				          where p.consultation_id = :id
				    union select v.account_id from participation_statement_vote v
				          join participation_statement s on s.id = v.statement_id where s.consultation_id = :id
				    union select a.account_id from participation_answer a join participation_question q on q.id = a.question_id
				          where q.consultation_id = :id) people""")
			.param("id", consultationId).query(Long.class).single();
	}

	public Optional<Synthesis> synthesis(long consultationId) {
		return jdbc.sql("""
				select body, method, opinion_groups::text as opinion_groups_json, topic_clusters::text as topic_clusters_json,
				       updated_at from participation_synthesis where consultation_id = ?""")
			.param(consultationId)
			.query((rs, n) -> new Synthesis(rs.getString("body"), rs.getString("method"),
					rs.getString("opinion_groups_json"), rs.getString("topic_clusters_json"), instant(rs, "updated_at")))
			.optional();
	}

	public List<FollowUp> followUps(long consultationId) {
		return jdbc.sql("""
				select f.id, f.proposal_id, p.title as proposal_title, f.theme, f.decision, f.explanation, f.created_at
				from participation_follow_up f left join participation_proposal p on p.id = f.proposal_id
				where f.consultation_id = ? order by f.theme nulls last, f.id""")
			.param(consultationId)
			.query((rs, n) -> new FollowUp(rs.getLong("id"), (Long) rs.getObject("proposal_id"),
					rs.getString("proposal_title"), rs.getString("theme"), rs.getString("decision"),
					rs.getString("explanation"), instant(rs, "created_at")))
			.list();
	}

	/** Proposals an agent may answer with a follow-up: the visible ones, most supported first. */
	public List<ProposalRef> proposalsToAnswer(long consultationId) {
		return jdbc.sql("""
				select id, title, support_count from participation_proposal
				where consultation_id = ? and kind = 'proposal' and hidden_at is null order by support_count desc, id limit 500""")
			.param(consultationId).query(ProposalRef.class).list();
	}

	public record ProposalRef(long id, String title, int supportCount) {
	}

	static Consultation consultation(ResultSet rs, int row) throws SQLException {
		return new Consultation(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
				rs.getLong("organisation_id"), rs.getString("organisation_name"), rs.getString("theme"),
				LegalBasis.of(rs.getString("legal_basis")).orElseThrow(), rs.getString("replaces_commission"),
				rs.getString("context"), rs.getString("submitted_text"), rs.getString("procedure"),
				rs.getString("moderation_charter"), rs.getString("announced_follow_ups"),
				Arrays.stream((String[]) rs.getArray("contribution_types").getArray())
					.map(t -> ContributionType.of(t).orElseThrow())
					.sorted()
					.toList(),
				rs.getBoolean("requires_verified"), instant(rs, "opens_at"), instant(rs, "closes_at"),
				instant(rs, "published_at"), instant(rs, "closed_at"), instant(rs, "synthesis_published_at"),
				instant(rs, "follow_ups_published_at"), rs.getLong("created_by"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
