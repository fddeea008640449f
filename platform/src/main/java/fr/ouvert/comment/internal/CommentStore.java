package fr.ouvert.comment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import fr.ouvert.comment.CommentRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CommentStore {

	private static final String SELECT = """
			select c.id, c.subject_type, c.subject_id, c.parent_id, c.depth, c.alignment, c.author_id, c.author_name,
			       c.body, c.created_at, c.hidden_at, c.hidden_reason,
			       (select count(*) from comment_report r where r.comment_id = c.id and r.resolved_at is null) as open_reports
			from comment_comment c
			""";

	/** Rows fetched per round trip while streaming a whole subject type. */
	private static final int FETCH_SIZE = 500;

	private final JdbcClient jdbc;
	private final JdbcTemplate streaming;

	CommentStore(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(FETCH_SIZE);
	}

	/** One page of the comments on a record (depth 1), oldest first, with all their replies. */
	public List<StoredComment> threadPage(String type, String id, int limit, long offset) {
		return jdbc.sql("""
				with roots as (
				    select id from comment_comment
				    where subject_type = :type and subject_id = :id and parent_id is null
				    order by created_at, id limit :limit offset :offset),
				replies as (select id from comment_comment where parent_id in (select id from roots))
				""" + SELECT + """
				where c.id in (select id from roots) or c.id in (select id from replies)
				   or c.parent_id in (select id from replies)
				order by c.created_at, c.id""")
			.param("type", type).param("id", id).param("limit", limit).param("offset", offset)
			.query(CommentStore::map)
			.list();
	}

	/** Counts over a whole thread: comments on the record, and visible comments in all and per side. */
	public ThreadCounts counts(String type, String id) {
		return jdbc.sql("""
				select count(*) filter (where parent_id is null) as roots,
				       count(*) filter (where hidden_at is null) as visible,
				       count(*) filter (where hidden_at is null and alignment = 'for') as for_side,
				       count(*) filter (where hidden_at is null and alignment = 'neutral') as neutral,
				       count(*) filter (where hidden_at is null and alignment = 'against') as against
				from comment_comment where subject_type = ? and subject_id = ?""")
			.params(type, id)
			.query((rs, row) -> new ThreadCounts(rs.getLong("roots"), rs.getLong("visible"), rs.getLong("for_side"),
					rs.getLong("neutral"), rs.getLong("against")))
			.single();
	}

	public record ThreadCounts(long roots, long visible, long forSide, long neutral, long against) {
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

	/** @param parent the comment answered, or {@code null} */
	public long insert(String type, String subjectId, StoredComment parent, String alignment, long authorId,
			String authorName, String body) {
		return jdbc.sql("""
				insert into comment_comment (subject_type, subject_id, parent_id, depth, alignment, author_id, author_name, body)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(type, subjectId, parent == null ? null : parent.id(), parent == null ? 1 : parent.depth() + 1,
					alignment, authorId, authorName, body)
			.query(Long.class)
			.single();
	}

	/**
	 * Every comment on records of this type, in id order (parents before their replies), read
	 * through a cursor: call inside a transaction so PostgreSQL streams instead of loading all.
	 */
	public void forEachOfType(String type, Consumer<CommentRow> each) {
		streaming.query("""
				select id, subject_type, subject_id, parent_id, depth, alignment, author_name,
				       case when hidden_at is null then body end as body, created_at, hidden_at is not null as hidden
				from comment_comment where subject_type = ? order by id""",
				(RowCallbackHandler) rs -> each.accept(new CommentRow(rs.getLong("id"), rs.getString("subject_type"),
						rs.getString("subject_id"), rs.getObject("parent_id", Long.class), rs.getInt("depth"),
						rs.getString("alignment"), rs.getString("author_name"), rs.getString("body"),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("hidden"))),
				type);
	}

	/**
	 * Visible comments (replies included) per subject id, for the subjects of this type that have any.
	 *
	 * @param ids only these subjects, or {@code null} for all of the type
	 */
	public Map<String, Long> visibleCounts(String type, Collection<String> ids) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("select subject_id, count(*) as n from comment_comment where subject_type = :type and hidden_at is null"
				+ (ids == null ? "" : " and subject_id = any (:ids)") + " group by subject_id")
			.param("type", type)
			.param("ids", ids == null ? null : ids.toArray(String[]::new))
			.query((RowCallbackHandler) rs -> counts.put(rs.getString("subject_id"), rs.getLong("n")));
		return counts;
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
				rs.getObject("parent_id", Long.class), rs.getInt("depth"), rs.getString("alignment"), rs.getLong("author_id"),
				rs.getString("author_name"), rs.getString("body"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), hidden == null ? null : hidden.toInstant(),
				rs.getString("hidden_reason"), rs.getInt("open_reports"));
	}
}
