package fr.ouvert.testing;

import java.util.List;
import java.util.UUID;

import fr.ouvert.kernel.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test accounts, written straight into the accounts tables (a fixture, like a seed): confirmed,
 * with {@link #PASSWORD}, unique e-mails so that tests never collide.
 */
public final class Accounts {

	public static final String PASSWORD = "correct horse battery staple";
	private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
	private static final String HASH = ENCODER.encode(PASSWORD);

	/** A created account: its id and e-mail. */
	public record Account(long id, String email) {
	}

	private Accounts() {
	}

	public static Account citizen(JdbcClient jdbc) {
		return create(jdbc, "citoyen", null, List.of());
	}

	/** An agent of the organisation with this slug (the plan loader creates one per institution). */
	public static Account agentOf(JdbcClient jdbc, String organisationSlug) {
		long organisation = jdbc.sql("select id from account_organisation where slug = ?").param(organisationSlug)
			.query(Long.class).single();
		return create(jdbc, "agent-" + organisationSlug, organisation, List.of(Role.AGENT));
	}

	public static Account moderator(JdbcClient jdbc) {
		return create(jdbc, "moderateur", null, List.of(Role.MODERATOR));
	}

	public static Account admin(JdbcClient jdbc) {
		return create(jdbc, "admin", null, List.of(Role.ADMIN));
	}

	private static Account create(JdbcClient jdbc, String prefix, Long organisation, List<Role> roles) {
		String email = prefix + "-" + UUID.randomUUID() + "@example.fr";
		long id = jdbc.sql("""
				insert into account_user (email, password_hash, display_name, email_confirmed_at, organisation_id, organisation_role)
				values (?, ?, ?, now(), ?, ?) returning id""")
			.params(email, HASH, prefix.substring(0, 1).toUpperCase() + prefix.substring(1) + " de test", organisation,
					organisation == null ? null : "editor")
			.query(Long.class)
			.single();
		jdbc.sql("insert into account_user_role (user_id, role) values (?, 'CITIZEN')").param(id).update();
		for (Role role : roles) {
			jdbc.sql("insert into account_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
		}
		return new Account(id, email);
	}
}
