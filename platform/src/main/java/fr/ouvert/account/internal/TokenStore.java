package fr.ouvert.account.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import fr.ouvert.kernel.security.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time tokens sent by mail or printed at installation. Only their SHA-256 is stored. */
@Repository
public class TokenStore {

	public enum Purpose {
		CONFIRM_EMAIL("confirm-email"), RESET_PASSWORD("reset-password"), INSTALL("install");

		private final String code;

		Purpose(String code) {
			this.code = code;
		}
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	TokenStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates a token and returns its clear value, which is not kept. */
	public String issue(Purpose purpose, Long userId, Duration validity) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("insert into account_token (token_hash, purpose, user_id, expires_at) values (?, ?, ?, ?)")
			.params(Sha256.hex(token), purpose.code, userId, OffsetDateTime.now().plus(validity))
			.update();
		return token;
	}

	/**
	 * Uses a token: marks it used and returns its user (or an empty user id for tokens without
	 * one); empty when the token is unknown, expired, already used or for another purpose.
	 */
	public Optional<Optional<Long>> consume(Purpose purpose, String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update account_token set used_at = now()
				where token_hash = ? and purpose = ? and used_at is null and expires_at > now()
				returning user_id""")
			.params(Sha256.hex(token), purpose.code)
			.query((rs, n) -> Optional.ofNullable(rs.getObject("user_id", Long.class)))
			.optional();
	}

	/** Whether a token is still usable, without using it (to show a form before the final post). */
	public boolean isValid(Purpose purpose, String token) {
		return token != null && !token.isBlank() && jdbc.sql("""
				select exists (select 1 from account_token
				               where token_hash = ? and purpose = ? and used_at is null and expires_at > now())""")
			.params(Sha256.hex(token), purpose.code)
			.query(Boolean.class)
			.single();
	}
}
