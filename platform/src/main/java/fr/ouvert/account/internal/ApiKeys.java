package fr.ouvert.account.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API keys of accounts: at most one per account, stored as its SHA-256 only (like
 * {@link TokenStore}'s tokens), so that a copy of the database gives no usable key.
 */
@Service
public class ApiKeys {

	/** What the account page shows of a key: never the key itself. */
	public record KeyInfo(Instant createdAt, Instant lastUsedAt) {
	}

	static final String PREFIX = "ouvert_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final AuditTrail audit;

	ApiKeys(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Makes a new key for the account, replacing the one it had; returns the clear key, which is not kept. */
	@Transactional
	public String issue(CurrentUser user) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		boolean replaced = info(user.id()).isPresent();
		jdbc.sql("""
				insert into account_api_key (user_id, key_hash, created_at) values (?, ?, now())
				on conflict (user_id) do update set key_hash = excluded.key_hash, created_at = now(), last_used_at = null""")
			.params(user.id(), Sha256.hex(key))
			.update();
		audit.record(user, replaced ? "account.api-key.regenerate" : "account.api-key.create", "account-user",
				Long.toString(user.id()), null, null);
		return key;
	}

	/** Removes the account's key; programs using it get 401 from now on. */
	@Transactional
	public void revoke(CurrentUser user) {
		if (jdbc.sql("delete from account_api_key where user_id = ?").param(user.id()).update() > 0) {
			audit.record(user, "account.api-key.revoke", "account-user", Long.toString(user.id()), null, null);
		}
	}

	public Optional<KeyInfo> info(long userId) {
		return jdbc.sql("select created_at, last_used_at from account_api_key where user_id = ?")
			.param(userId)
			.query((rs, n) -> new KeyInfo(rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant()))
			.optional();
	}

	/** The account holding this key, noting that the key was used; empty for an unknown key. */
	public Optional<Long> use(String key) {
		if (key == null || key.isBlank() || key.length() > 200) {
			return Optional.empty();
		}
		return jdbc.sql("update account_api_key set last_used_at = now() where key_hash = ? returning user_id")
			.param(Sha256.hex(key.strip()))
			.query(Long.class)
			.optional();
	}
}
