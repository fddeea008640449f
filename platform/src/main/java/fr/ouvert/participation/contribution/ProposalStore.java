package fr.ouvert.participation.contribution;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The proposals, contributions and amendments with their supports. Support counts live on the
 * proposal row and change in the statement that adds or removes the support, so lists never count.
 */
@Repository
class ProposalStore {

	private static final String SELECT = """
			select p.id, p.consultation_id, p.kind, p.article_id, p.author_id, p.author_name, p.title, p.body,
			       p.support_count, p.comment_count, p.created_at, p.hidden_at, p.hidden_reason
			from participation_proposal p""";

	private final JdbcClient jdbc;

	ProposalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long consultationId, String kind, Long articleId, long authorId, String authorName, String title,
			String body) {
		return jdbc.sql("""
				insert into participation_proposal (consultation_id, kind, article_id, author_id, author_name, title, body)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(consultationId, kind, articleId, authorId, authorName, title, body)
			.query(Long.class)
			.single();
	}

	Optional<Proposal> find(long id) {
		return jdbc.sql(SELECT + " where p.id = ?").param(id).query(ProposalStore::map).optional();
	}

	/**
	 * One page of a consultation's items of one kind (and one article, if given).
	 *
	 * @param seed the visitor's seed, used by the random order only
	 */
	List<Proposal> page(long consultationId, String kind, Long articleId, ProposalSort sort, String seed,
			boolean withHidden, int limit, long offset) {
		// The random order picks the page's ids first, from the ids alone (an index-only scan), then reads
		// those rows: hashing every visible id is cheap, reading every row is not.
		String sql = sort == ProposalSort.RANDOM
				? "with chosen as (select p.id from participation_proposal p where " + filter(articleId, withHidden)
						+ " order by " + sort.orderBy() + " limit :limit offset :offset) " + SELECT
						+ " join chosen on chosen.id = p.id order by " + sort.orderBy()
				: SELECT + " where " + filter(articleId, withHidden) + " order by " + sort.orderBy()
						+ " limit :limit offset :offset";
		return jdbc.sql(sql)
			.param("consultation", consultationId)
			.param("kind", kind)
			.param("article", articleId)
			.param("seed", seedNumber(seed))
			.param("limit", limit)
			.param("offset", offset)
			.query(ProposalStore::map)
			.list();
	}

	/** The visitor's seed as the 64-bit number the hash takes. */
	private static long seedNumber(String seed) {
		return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
	}

	long count(long consultationId, String kind, Long articleId, boolean withHidden) {
		return jdbc.sql("select count(*) from participation_proposal p where " + filter(articleId, withHidden))
			.param("consultation", consultationId)
			.param("kind", kind)
			.param("article", articleId)
			.query(Long.class)
			.single();
	}

	private static String filter(Long articleId, boolean withHidden) {
		return "p.consultation_id = :consultation and p.kind = :kind"
				+ (articleId == null ? "" : " and p.article_id = :article")
				+ (withHidden ? "" : " and p.hidden_at is null");
	}

	/** @return the new support count, or empty if this account already supported it */
	Optional<Integer> addSupport(long proposalId, long accountId) {
		return jdbc.sql("""
				with added as (
				    insert into participation_support (proposal_id, account_id) values (:proposal, :account)
				    on conflict (proposal_id, account_id) do nothing returning 1)
				update participation_proposal set support_count = support_count + 1
				where id = :proposal and exists (select 1 from added) returning support_count""")
			.param("proposal", proposalId)
			.param("account", accountId)
			.query(Integer.class)
			.optional();
	}

	/** @return the new support count, or empty if this account did not support it */
	Optional<Integer> removeSupport(long proposalId, long accountId) {
		return jdbc.sql("""
				with removed as (
				    delete from participation_support where proposal_id = :proposal and account_id = :account returning 1)
				update participation_proposal set support_count = support_count - 1
				where id = :proposal and exists (select 1 from removed) returning support_count""")
			.param("proposal", proposalId)
			.param("account", accountId)
			.query(Integer.class)
			.optional();
	}

	/** Which of these proposals the account supports. */
	Set<Long> supportedBy(long accountId, Collection<Long> proposalIds) {
		if (proposalIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select proposal_id from participation_support where account_id = :account and proposal_id in (:ids)""")
			.param("account", accountId)
			.param("ids", proposalIds)
			.query(Long.class)
			.list());
	}

	void hide(long id, String reason) {
		jdbc.sql("update participation_proposal set hidden_at = now(), hidden_reason = ? where id = ?")
			.params(reason, id)
			.update();
	}

	void show(long id) {
		jdbc.sql("update participation_proposal set hidden_at = null, hidden_reason = null where id = ?").param(id).update();
	}

	static Proposal map(ResultSet rs, int row) throws SQLException {
		long article = rs.getLong("article_id");
		return new Proposal(rs.getLong("id"), rs.getLong("consultation_id"), rs.getString("kind"),
				rs.wasNull() ? null : article, rs.getLong("author_id"), rs.getString("author_name"),
				rs.getString("title"), rs.getString("body"), rs.getInt("support_count"), rs.getInt("comment_count"),
				ConsultationRefs.instant(rs, "created_at"), ConsultationRefs.instant(rs, "hidden_at"),
				rs.getString("hidden_reason"));
	}
}
