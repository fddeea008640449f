package fr.ouvert.account.internal;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;

import fr.ouvert.kernel.cli.Cli;
import fr.ouvert.kernel.config.OuvertProperties;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.FormErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * There is no default password anywhere. At start, while no administrator exists, the first one is
 * created from {@code ouvert.accounts.admin-email} and {@code admin-password}, or else a one-time
 * installation link is printed in the log: whoever holds it creates the first administrator.
 */
@Component
public class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
	static final Duration INSTALL_VALIDITY = Duration.ofDays(7);

	private final AccountStore accounts;
	private final TokenStore tokens;
	private final PasswordEncoder passwords;
	private final AccountProperties properties;
	private final String baseUrl;
	private final boolean cli;

	FirstAdministrator(AccountStore accounts, TokenStore tokens, PasswordEncoder passwords,
			AccountProperties properties, OuvertProperties ouvert, Environment environment) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.properties = properties;
		this.baseUrl = ouvert.baseUrl();
		this.cli = environment.getProperty(Cli.CLI_MODE_PROPERTY, Boolean.class, false);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (cli || accounts.anyWithRole(Role.ADMIN)) {
			return;
		}
		if (properties.adminEmail() != null && properties.adminPassword() != null) {
			FormErrors errors = create(properties.adminEmail(), "Administrateur", properties.adminPassword(),
					properties.adminPassword());
			if (!errors.isEmpty()) {
				throw new IllegalStateException("ouvert.accounts.admin-email / admin-password refused: " + errors.all());
			}
			log.info("First administrator created from the configuration");
			return;
		}
		String token = tokens.issue(TokenStore.Purpose.INSTALL, null, INSTALL_VALIDITY);
		log.warn("No administrator yet. Create the first one within {} days at: {}/installation?jeton={}",
				INSTALL_VALIDITY.toDays(), baseUrl, token);
	}

	public boolean installationOpen(String token) {
		return !accounts.anyWithRole(Role.ADMIN) && tokens.isValid(TokenStore.Purpose.INSTALL, token);
	}

	/** Creates the first administrator with the installation token. */
	@Transactional
	public FormErrors install(String token, String email, String displayName, String password, String confirmation) {
		FormErrors errors = new FormErrors();
		if (accounts.anyWithRole(Role.ADMIN)) {
			return errors.reject("token", "account.error.token");
		}
		Registration.checkEmail(email, errors);
		Registration.checkDisplayName(displayName, errors);
		PasswordPolicy.check(password, confirmation, email, errors);
		if (!errors.isEmpty()) {
			return errors;
		}
		if (tokens.consume(TokenStore.Purpose.INSTALL, token).isEmpty()) {
			return errors.reject("token", "account.error.token");
		}
		return create(email, displayName, password, confirmation);
	}

	private FormErrors create(String email, String displayName, String password, String confirmation) {
		FormErrors errors = new FormErrors();
		Registration.checkEmail(email, errors);
		PasswordPolicy.check(password, confirmation, email, errors);
		if (!errors.isEmpty()) {
			return errors;
		}
		Optional<Account> existing = accounts.findByEmail(email);
		long id = existing.map(Account::id)
			.orElseGet(() -> accounts.insert(email, passwords.encode(password), displayName, true, false));
		EnumSet<Role> roles = EnumSet.of(Role.CITIZEN, Role.ADMIN);
		existing.ifPresent(a -> roles.addAll(a.roles()));
		accounts.setRoles(id, roles);
		accounts.confirmEmail(id);
		return errors;
	}
}
