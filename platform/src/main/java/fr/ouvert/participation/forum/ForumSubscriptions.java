package fr.ouvert.participation.forum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.ouvert.account.Mailboxes;
import fr.ouvert.kernel.security.CurrentUser;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions to an axis (an e-mail per new thread) or a thread (an e-mail per new reply). No address is
 * kept here: the accounts directory gives each follower's confirmed address when a mail leaves.
 */
@Service
public class ForumSubscriptions {

	/** Someone to notify. */
	record Recipient(long accountId, String email, Locale locale) {
	}

	private final JdbcClient jdbc;
	private final Mailboxes mailboxes;

	ForumSubscriptions(JdbcClient jdbc, Mailboxes mailboxes) {
		this.jdbc = jdbc;
		this.mailboxes = mailboxes;
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

	/** What this person follows, axes first. */
	public List<Subscription> of(CurrentUser user) {
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
		jdbc.sql("insert into participation_forum_subscription (account_id, language, " + column + ") values (?, ?, ?)"
				+ " on conflict (account_id, " + column + ") where " + column + " is not null"
				+ " do update set language = excluded.language")
			.params(user.id(), Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "fr", id)
			.update();
	}

	private boolean follows(CurrentUser user, String column, long id) {
		return jdbc.sql("select exists (select 1 from participation_forum_subscription where account_id = ? and " + column + " = ?)")
			.params(user.id(), id)
			.query(Boolean.class)
			.single();
	}

	/** Followers with a confirmed address; the others get no mail. */
	private List<Recipient> followers(String column, long id, long except) {
		Map<Long, Locale> languages = new LinkedHashMap<>();
		jdbc.sql("select account_id, language from participation_forum_subscription where " + column
				+ " = ? and account_id <> ? order by id")
			.params(id, except)
			.query((RowCallbackHandler) rs -> languages.put(rs.getLong("account_id"),
					Locale.forLanguageTag(rs.getString("language"))));
		Map<Long, String> addresses = mailboxes.confirmedAddresses(languages.keySet());
		return languages.entrySet().stream()
			.filter(follower -> addresses.containsKey(follower.getKey()))
			.map(follower -> new Recipient(follower.getKey(), addresses.get(follower.getKey()), follower.getValue()))
			.toList();
	}
}
