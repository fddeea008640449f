package fr.ouvert.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where to write to an account, for the modules that send notifications: they keep account ids, never
 * addresses, and ask here when a mail leaves, so a changed address is used at once and a closed
 * account gets nothing.
 */
@Service
public class Mailboxes {

	private final JdbcClient jdbc;

	Mailboxes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The confirmed address of each enabled account among these; accounts without one are left out. */
	public Map<Long, String> confirmedAddresses(Collection<Long> accountIds) {
		Map<Long, String> addresses = new HashMap<>();
		if (accountIds.isEmpty()) {
			return addresses;
		}
		jdbc.sql("""
				select id, email from account_user
				where id = any (?) and enabled and email_confirmed_at is not null""")
			.param(accountIds.toArray(Long[]::new))
			.query((RowCallbackHandler) rs -> addresses.put(rs.getLong("id"), rs.getString("email")));
		return addresses;
	}
}
