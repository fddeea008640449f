package fr.ouvert.participation.opendata;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.ouvert.kernel.opendata.CsvWriter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymised participant × statement vote matrix of one consultation, in the shape of Pol.is's
 * {@code participants-votes.csv}: {@code participant,group-id,n-comments,n-votes,n-agree,n-disagree}
 * then one column per visible statement (1 agree, -1 disagree, 0 pass, empty when not voted).
 * Participants are numbered from 0 in the order they first took part in this consultation: the number
 * says nothing about the account, and differs from one consultation to the next. The group is left
 * empty: opinion groups are computed by the synthesis helpers, not stored per participant.
 */
@Component
class VoteMatrix {

	private static final int FETCH_SIZE = 1000;

	/**
	 * The common table expressions that number the voters of each consultation: {@code st} (visible statements
	 * chosen by the given condition on {@code s}), {@code v} (their votes) and {@code participants}
	 * ({@code consultation_id, account_id, participant}), numbered from 0 in the order they first took part (voted,
	 * or wrote a statement), per consultation. The matrix download and the open dataset of individual votes share
	 * them, so a participant has the same number in both.
	 */
	static String numberedParticipants(String statements) {
		return """
				st as (
				    select s.id, s.consultation_id, s.author_id, s.seed, s.created_at from participation_statement s
				    where s.hidden_at is null and (%s)),
				v as (
				    select st.consultation_id, v.account_id, v.statement_id, v.vote, v.voted_at
				    from participation_statement_vote v join st on st.id = v.statement_id),
				activity as (
				    select consultation_id, account_id, min(voted_at) as first_at from v group by consultation_id, account_id
				    union all
				    select consultation_id, author_id, min(created_at) from st where not seed group by consultation_id, author_id),
				participants as (
				    select consultation_id, account_id,
				           row_number() over (partition by consultation_id order by min(first_at), account_id) - 1 as participant
				    from activity group by consultation_id, account_id)""".formatted(statements);
	}

	private final JdbcClient jdbc;

	VoteMatrix(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the matrix, streaming the votes from a cursor: memory grows with the statements, not the votes. */
	@Transactional(readOnly = true)
	public void write(long consultationId, Writer out) {
		List<Long> statements = jdbc.sql("""
				select id from participation_statement where consultation_id = ? and hidden_at is null order by id""")
			.param(consultationId)
			.query(Long.class)
			.list();
		Map<Long, Integer> column = new HashMap<>();
		List<Object> header = new ArrayList<>(List.of("participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"));
		for (Long id : statements) {
			column.put(id, column.size());
			header.add(id);
		}
		CsvWriter csv = new CsvWriter(out);
		csv.writeRow(header);
		Row row = new Row(statements.size());
		jdbc.sql("with " + numberedParticipants("s.consultation_id = :consultation") + """
				,
				written as (select author_id as account_id, count(*) as n from st where not seed group by author_id)
				select p.participant, coalesce(w.n, 0) as n_comments, v.statement_id, v.vote
				from participants p left join written w on w.account_id = p.account_id
				left join v on v.account_id = p.account_id
				order by p.participant, v.statement_id""")
			.withFetchSize(FETCH_SIZE)
			.param("consultation", consultationId)
			.query(rs -> {
				long participant = rs.getLong("participant");
				if (participant != row.participant) {
					row.flush(csv);
					row.start(participant, rs.getInt("n_comments"));
				}
				long statement = rs.getLong("statement_id");
				if (!rs.wasNull()) {
					row.vote(column.get(statement), rs.getInt("vote"));
				}
			});
		row.flush(csv);
	}

	/** The participant being written: the rows of one participant arrive together. */
	private static final class Row {
		private final Integer[] votes;
		private long participant = -1;
		private int comments;

		Row(int statements) {
			this.votes = new Integer[statements];
		}

		void start(long participant, int comments) {
			this.participant = participant;
			this.comments = comments;
			Arrays.fill(votes, null);
		}

		void vote(int column, int vote) {
			votes[column] = vote;
		}

		void flush(CsvWriter csv) {
			if (participant < 0) {
				return;
			}
			int count = 0;
			int agree = 0;
			int disagree = 0;
			for (Integer vote : votes) {
				if (vote != null) {
					count++;
					agree += vote == 1 ? 1 : 0;
					disagree += vote == -1 ? 1 : 0;
				}
			}
			List<Object> values = new ArrayList<>(List.of(participant, "", comments, count, agree, disagree));
			values.addAll(Arrays.asList(votes));
			csv.writeRow(values);
		}
	}
}
