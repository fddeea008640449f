package fr.ouvert.participation.contribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Statements and their votes; the counters on the statement row change with each vote, by the delta. */
@Repository
class StatementStore {

	private static final String SELECT = """
			select s.id, s.consultation_id, s.author_id, s.body, s.seed, s.agree_count, s.disagree_count, s.pass_count,
			       s.created_at, s.hidden_at, s.hidden_reason
			from participation_statement s""";

	private final JdbcClient jdbc;

	StatementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long consultationId, long authorId, String body, boolean seed) {
		return jdbc.sql("""
				insert into participation_statement (consultation_id, author_id, body, seed) values (?, ?, ?, ?)
				returning id""")
			.params(consultationId, authorId, body, seed)
			.query(Long.class)
			.single();
	}

	Optional<Statement> find(long id) {
		return jdbc.sql(SELECT + " where s.id = ?").param(id).query(StatementStore::map).optional();
	}

	List<Statement> page(long consultationId, boolean withHidden, int limit, long offset) {
		return jdbc.sql(SELECT + " where s.consultation_id = ?" + (withHidden ? "" : " and s.hidden_at is null")
				+ " order by s.id limit ? offset ?")
			.params(consultationId, limit, offset)
			.query(StatementStore::map)
			.list();
	}

	long count(long consultationId, boolean withHidden) {
		return jdbc.sql("select count(*) from participation_statement s where s.consultation_id = ?"
				+ (withHidden ? "" : " and s.hidden_at is null"))
			.param(consultationId)
			.query(Long.class)
			.single();
	}

	/**
	 * Records the account's vote and moves the counters by the difference, in the caller's transaction.
	 * A first vote is an insert that does nothing on conflict: when two requests of one account race,
	 * the second waits for the first to commit and then finds its row, which it locks and changes like
	 * any vote change. So each account has one row, and the counters always equal the rows.
	 *
	 * @return the previous vote, empty for a first vote
	 */
	Optional<Vote> vote(long statementId, long accountId, Vote vote) {
		int inserted = jdbc.sql("""
				insert into participation_statement_vote (statement_id, account_id, vote) values (?, ?, ?)
				on conflict (statement_id, account_id) do nothing""")
			.params(statementId, accountId, vote.value())
			.update();
		if (inserted == 1) {
			move(statementId, vote, 1);
			return Optional.empty();
		}
		Vote previous = Vote.ofValue(jdbc.sql("""
				select vote from participation_statement_vote where statement_id = ? and account_id = ? for update""")
			.params(statementId, accountId)
			.query(Integer.class)
			.single());
		if (previous != vote) {
			jdbc.sql("update participation_statement_vote set vote = ?, voted_at = now() where statement_id = ? and account_id = ?")
				.params(vote.value(), statementId, accountId)
				.update();
			move(statementId, previous, -1);
			move(statementId, vote, 1);
		}
		return Optional.of(previous);
	}

	private void move(long statementId, Vote vote, int delta) {
		String column = switch (vote) {
			case AGREE -> "agree_count";
			case DISAGREE -> "disagree_count";
			case PASS -> "pass_count";
		};
		jdbc.sql("update participation_statement set " + column + " = " + column + " + ? where id = ?")
			.params(delta, statementId)
			.update();
	}

	/** The account's votes on these statements. */
	Map<Long, Vote> votesOf(long accountId, Collection<Long> statementIds) {
		Map<Long, Vote> votes = new HashMap<>();
		if (statementIds.isEmpty()) {
			return votes;
		}
		jdbc.sql("select statement_id, vote from participation_statement_vote where account_id = :account and statement_id in (:ids)")
			.param("account", accountId)
			.param("ids", statementIds)
			.query((rs, row) -> votes.put(rs.getLong("statement_id"), Vote.ofValue(rs.getInt("vote"))))
			.list();
		return votes;
	}

	void hide(long id, String reason) {
		jdbc.sql("update participation_statement set hidden_at = now(), hidden_reason = ? where id = ?")
			.params(reason, id)
			.update();
	}

	void show(long id) {
		jdbc.sql("update participation_statement set hidden_at = null, hidden_reason = null where id = ?").param(id).update();
	}

	private static Statement map(ResultSet rs, int row) throws SQLException {
		return new Statement(rs.getLong("id"), rs.getLong("consultation_id"), rs.getLong("author_id"),
				rs.getString("body"), rs.getBoolean("seed"), rs.getInt("agree_count"), rs.getInt("disagree_count"),
				rs.getInt("pass_count"), ConsultationRefs.instant(rs, "created_at"),
				ConsultationRefs.instant(rs, "hidden_at"), rs.getString("hidden_reason"));
	}
}
