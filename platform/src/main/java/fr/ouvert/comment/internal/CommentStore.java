package fr.ouvert.comment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CommentStore {

	private static final String SELECT = """
			select c.id, c.subject_type, c.subject_id, c.author_id, c.author_name, c.body, c.created_at, c.hidden_at,
			       c.hidden_reason,
			       (select count(*) from comment_report r where r.comment_id = c.id and r.resolved_at is null) as open_reports
			from comment_comment c
			""";

	private final JdbcClient jdbc;

	CommentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<StoredComment> bySubject(String type, String id) {
		return jdbc.sql(SELECT + " where c.subject_type = ? and c.subject_id = ? order by c.created_at, c.id")
			.params(type, id)
			.query(CommentStore::map)
			.list();
	}

	public Optional<StoredComment> find(long id) {
		return jdbc.sql(SELECT + " where c.id = ?").param(id).query(CommentStore::map).optional();
	}

	/** Comments with open reports, most reported first: the moderation queue. */
	public List<StoredComment> reported(int limit, long offset) {
		return jdbc.sql("select * from (" + SELECT + ") q where open_reports > 0 order by open_reports desc, id limit ? offset ?")
			.params(limit, offset)
			.query(CommentStore::map)
			.list();
	}

	public long countReported() {
		return jdbc.sql("select count(distinct comment_id) from comment_report where resolved_at is null")
			.query(Long.class)
			.single();
	}

	public long insert(String type, String subjectId, long authorId, String authorName, String body) {
		return jdbc.sql("""
				insert into comment_comment (subject_type, subject_id, author_id, author_name, body)
				values (?, ?, ?, ?, ?) returning id""")
			.params(type, subjectId, authorId, authorName, body)
			.query(Long.class)
			.single();
	}

	/** @return {@code false} if this person had already reported this comment */
	public boolean report(long commentId, long reporterId, String reason) {
		return jdbc.sql("""
				insert into comment_report (comment_id, reporter_id, reason) values (?, ?, ?)
				on conflict (comment_id, reporter_id) do nothing""")
			.params(commentId, reporterId, reason)
			.update() == 1;
	}

	public void hide(long id, Long moderatorId, String reason) {
		jdbc.sql("update comment_comment set hidden_at = now(), hidden_reason = ?, hidden_by = ? where id = ?")
			.params(reason, moderatorId, id)
			.update();
	}

	public void show(long id) {
		jdbc.sql("update comment_comment set hidden_at = null, hidden_reason = null, hidden_by = null where id = ?")
			.param(id)
			.update();
	}

	public void resolveReports(long id) {
		jdbc.sql("update comment_report set resolved_at = now() where comment_id = ? and resolved_at is null")
			.param(id)
			.update();
	}

	private static StoredComment map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime hidden = rs.getObject("hidden_at", OffsetDateTime.class);
		return new StoredComment(rs.getLong("id"), rs.getString("subject_type"), rs.getString("subject_id"),
				rs.getLong("author_id"), rs.getString("author_name"), rs.getString("body"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), hidden == null ? null : hidden.toInstant(),
				rs.getString("hidden_reason"), rs.getInt("open_reports"));
	}
}
