package fr.ouvert.participation.forum;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Forums, axes, their sessions and threads: the forum's tables, read and written here only. */
@Repository
class ForumStore {

	private static final String FORUM = """
			select f.id, f.slug, f.title, f.theme, f.held_at, f.place, f.online, f.online_url, f.organisers, f.description,
			       f.organisation_id, f.organisation_name
			from participation_forum f
			""";
	private static final String THREAD = """
			select t.id, t.axis_id, a.title as axis_title, t.forum_id, f.slug as forum_slug, t.title, t.body, t.author_id,
			       t.author_name, t.created_at, t.hidden_at, t.hidden_reason
			from participation_forum_thread t
			join participation_forum_axis a on a.id = t.axis_id
			join participation_forum f on f.id = t.forum_id
			""";

	private final JdbcClient jdbc;

	ForumStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Forums to come (soonest first) or past (latest first). */
	List<Forum> forums(boolean upcoming, Instant now, int limit) {
		return jdbc.sql(FORUM + (upcoming ? " where f.held_at >= ? order by f.held_at, f.id" : " where f.held_at < ? order by f.held_at desc, f.id desc")
				+ " limit ?")
			.params(utc(now), limit)
			.query(ForumStore::forum)
			.list();
	}

	Optional<Forum> forum(String slug) {
		return jdbc.sql(FORUM + " where f.slug = ?").param(slug).query(ForumStore::forum).optional();
	}

	Optional<Forum> forum(long id) {
		return jdbc.sql(FORUM + " where f.id = ?").param(id).query(ForumStore::forum).optional();
	}

	boolean slugTaken(String slug) {
		return jdbc.sql("select exists (select 1 from participation_forum where slug = ?)").param(slug).query(Boolean.class).single();
	}

	long insertForum(String slug, String title, String theme, Instant heldAt, String place, boolean online,
			String onlineUrl, String organisers, String description, Long organisationId, String organisationName,
			long createdBy) {
		return jdbc.sql("""
				insert into participation_forum (slug, title, theme, held_at, place, online, online_url, organisers, description,
				    organisation_id, organisation_name, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(slug, title, theme, utc(heldAt), place, online, onlineUrl, organisers, description, organisationId,
					organisationName, createdBy)
			.query(Long.class)
			.single();
	}

	/** The axes of a forum in programme order, with the count of visible threads of each. */
	List<AxisSession> sessions(Forum forum) {
		return jdbc.sql("""
				select a.id, a.title, a.description, a.commitments, s.position, s.restitution, s.restitution_updated_at,
				       (select count(*) from participation_forum_thread t where t.axis_id = a.id and t.hidden_at is null) as threads
				from participation_forum_session s join participation_forum_axis a on a.id = s.axis_id
				where s.forum_id = ? order by s.position""")
			.param(forum.id())
			.query((rs, row) -> session(forum, rs))
			.list();
	}

	Optional<AxisSession> session(Forum forum, long axisId) {
		return jdbc.sql("""
				select a.id, a.title, a.description, a.commitments, s.position, s.restitution, s.restitution_updated_at,
				       (select count(*) from participation_forum_thread t where t.axis_id = a.id and t.hidden_at is null) as threads
				from participation_forum_session s join participation_forum_axis a on a.id = s.axis_id
				where s.forum_id = ? and s.axis_id = ?""")
			.params(forum.id(), axisId)
			.query((rs, row) -> session(forum, rs))
			.optional();
	}

	/** The forums where an axis was worked on, oldest first. */
	List<Forum> forumsOf(long axisId) {
		return jdbc.sql(FORUM + " join participation_forum_session s on s.forum_id = f.id where s.axis_id = ? order by f.held_at, f.id")
			.param(axisId)
			.query(ForumStore::forum)
			.list();
	}

	/** Axes of other forums that this one may take up, latest first. */
	List<Axis> axesOutside(Forum forum) {
		return jdbc.sql("""
				select a.id, a.title, a.description, a.commitments from participation_forum_axis a
				where not exists (select 1 from participation_forum_session s where s.axis_id = a.id and s.forum_id = ?)
				order by a.id desc""")
			.param(forum.id())
			.query((rs, row) -> axis(rs))
			.list();
	}

	Optional<Axis> axis(long id) {
		return jdbc.sql("select id, title, description, commitments from participation_forum_axis where id = ?")
			.param(id)
			.query((rs, row) -> axis(rs))
			.optional();
	}

	long insertAxis(String title, String description, List<Integer> commitments, long createdBy) {
		return jdbc.sql("""
				insert into participation_forum_axis (title, description, commitments, created_by) values (?, ?, ?, ?)
				returning id""")
			.params(title, description, commitments.toArray(Integer[]::new), createdBy)
			.query(Long.class)
			.single();
	}

	/** Adds the axis at the end of the forum's programme. */
	void addSession(long forumId, long axisId) {
		jdbc.sql("""
				insert into participation_forum_session (forum_id, axis_id, position)
				select ?, ?, coalesce(max(position), 0) + 1 from participation_forum_session where forum_id = ?""")
			.params(forumId, axisId, forumId)
			.update();
	}

	void writeRestitution(long forumId, long axisId, String restitution, long by) {
		jdbc.sql("""
				update participation_forum_session set restitution = ?, restitution_updated_at = now(), restitution_updated_by = ?
				where forum_id = ? and axis_id = ?""")
			.params(restitution, by, forumId, axisId)
			.update();
	}

	/** A page of an axis' threads, newest first. */
	List<ForumThread> threads(long axisId, int limit, long offset) {
		return jdbc.sql(THREAD + " where t.axis_id = ? order by t.created_at desc, t.id desc limit ? offset ?")
			.params(axisId, limit, offset)
			.query(ForumStore::thread)
			.list();
	}

	long countThreads(long axisId) {
		return jdbc.sql("select count(*) from participation_forum_thread where axis_id = ?").param(axisId).query(Long.class).single();
	}

	Optional<ForumThread> thread(long id) {
		return jdbc.sql(THREAD + " where t.id = ?").param(id).query(ForumStore::thread).optional();
	}

	long insertThread(long axisId, long forumId, String title, String body, long authorId, String authorName) {
		return jdbc.sql("""
				insert into participation_forum_thread (axis_id, forum_id, title, body, author_id, author_name)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(axisId, forumId, title, body, authorId, authorName)
			.query(Long.class)
			.single();
	}

	void hideThread(long id, String reason) {
		jdbc.sql("update participation_forum_thread set hidden_at = now(), hidden_reason = ? where id = ?").params(reason, id).update();
	}

	void showThread(long id) {
		jdbc.sql("update participation_forum_thread set hidden_at = null, hidden_reason = null where id = ?").param(id).update();
	}

	private static Forum forum(ResultSet rs, int row) throws SQLException {
		return new Forum(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("theme"),
				rs.getObject("held_at", OffsetDateTime.class).toInstant(), rs.getString("place"), rs.getBoolean("online"),
				rs.getString("online_url"), rs.getString("organisers"), rs.getString("description"),
				rs.getObject("organisation_id", Long.class), rs.getString("organisation_name"));
	}

	private static Axis axis(ResultSet rs) throws SQLException {
		Array commitments = rs.getArray("commitments");
		return new Axis(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
				Arrays.stream((Integer[]) commitments.getArray()).toList());
	}

	private static AxisSession session(Forum forum, ResultSet rs) throws SQLException {
		OffsetDateTime updated = rs.getObject("restitution_updated_at", OffsetDateTime.class);
		return new AxisSession(forum, axis(rs), rs.getInt("position"), rs.getString("restitution"),
				updated == null ? null : updated.toInstant(), rs.getLong("threads"));
	}

	private static ForumThread thread(ResultSet rs, int row) throws SQLException {
		OffsetDateTime hidden = rs.getObject("hidden_at", OffsetDateTime.class);
		return new ForumThread(rs.getLong("id"), rs.getLong("axis_id"), rs.getString("axis_title"), rs.getLong("forum_id"),
				rs.getString("forum_slug"), rs.getString("title"), rs.getString("body"), rs.getLong("author_id"),
				rs.getString("author_name"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				hidden == null ? null : hidden.toInstant(), rs.getString("hidden_reason"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
