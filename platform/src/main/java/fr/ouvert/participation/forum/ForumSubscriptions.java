package fr.ouvert.participation.forum;

import java.util.List;
import java.util.Locale;

import fr.ouvert.kernel.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions to an axis (an e-mail per new thread) or a thread (an e-mail per new reply). The
 * address kept is the account's at subscription time, brought up to date whenever its owner
 * subscribes again or opens their subscriptions; it serves these notifications only.
 */
@Service
public class ForumSubscriptions {

	/** Someone to notify. */
	record Recipient(long accountId, String email, Locale locale) {
	}

	private final JdbcClient jdbc;

	ForumSubscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void followAxis(CurrentUser user, long axisId, Locale locale) {
		follow(user, "axis_id", axisId, locale);
	}

	@Transactional
	public void followThread(CurrentUser user, long threadId, Locale locale) {
		follow(user, "thread_id", threadId, locale);
	}

	@Transactional
	public void unfollowAxis(CurrentUser user, long axisId) {
		jdbc.sql("delete from participation_forum_subscription where account_id = ? and axis_id = ?").params(user.id(), axisId).update();
	}

	@Transactional
	public void unfollowThread(CurrentUser user, long threadId) {
		jdbc.sql("delete from participation_forum_subscription where account_id = ? and thread_id = ?").params(user.id(), threadId).update();
	}

	public boolean followsAxis(CurrentUser user, long axisId) {
		return follows(user, "axis_id", axisId);
	}

	public boolean followsThread(CurrentUser user, long threadId) {
		return follows(user, "thread_id", threadId);
	}

	/** What this person follows, axes first, and their current address kept for the mails. */
	@Transactional
	public List<Subscription> of(CurrentUser user) {
		jdbc.sql("update participation_forum_subscription set email = ? where account_id = ? and email <> ?")
			.params(user.email(), user.id(), user.email())
			.update();
		return jdbc.sql("""
				select 'axis' as target, a.id as target_id, a.title,
				       (select '/forums/' || f.slug || '/axes/' || a.id from participation_forum_session s
				        join participation_forum f on f.id = s.forum_id where s.axis_id = a.id order by f.held_at desc limit 1) as path
				from participation_forum_subscription sub join participation_forum_axis a on a.id = sub.axis_id
				where sub.account_id = :account
				union all
				select 'thread', t.id, t.title, '/forums/' || f.slug || '/fils/' || t.id
				from participation_forum_subscription sub join participation_forum_thread t on t.id = sub.thread_id
				join participation_forum f on f.id = t.forum_id
				where sub.account_id = :account
				order by 1, 3""")
			.param("account", user.id())
			.query((rs, row) -> new Subscription(rs.getString("target"), rs.getLong("target_id"), rs.getString("title"),
					rs.getString("path")))
			.list();
	}

	/** Who follows the axis, but the given account (the author of what is announced). */
	List<Recipient> followersOfAxis(long axisId, long except) {
		return followers("axis_id", axisId, except);
	}

	List<Recipient> followersOfThread(long threadId, long except) {
		return followers("thread_id", threadId, except);
	}

	private void follow(CurrentUser user, String column, long id, Locale locale) {
		jdbc.sql("insert into participation_forum_subscription (account_id, email, language, " + column + ") values (?, ?, ?, ?)"
				+ " on conflict (account_id, " + column + ") where " + column + " is not null"
				+ " do update set email = excluded.email, language = excluded.language")
			.params(user.id(), user.email(), Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "fr", id)
			.update();
	}

	private boolean follows(CurrentUser user, String column, long id) {
		return jdbc.sql("select exists (select 1 from participation_forum_subscription where account_id = ? and " + column + " = ?)")
			.params(user.id(), id)
			.query(Boolean.class)
			.single();
	}

	private List<Recipient> followers(String column, long id, long except) {
		return jdbc.sql("select account_id, email, language from participation_forum_subscription where " + column
				+ " = ? and account_id <> ? order by id")
			.params(id, except)
			.query((rs, row) -> new Recipient(rs.getLong("account_id"), rs.getString("email"),
					Locale.forLanguageTag(rs.getString("language"))))
			.list();
	}
}
