package fr.ouvert.account.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.ouvert.kernel.config.OuvertProperties;
import fr.ouvert.kernel.mail.Mailer;
import fr.ouvert.kernel.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizen self sign-up with e-mail confirmation, and password reset. The answers never tell
 * whether an address has an account (no account enumeration): the mail does.
 */
@Service
public class Registration {

	/** A sign-up form as posted. */
	public record SignUpForm(String email, String displayName, String password, String passwordConfirmation,
			boolean acceptTerms) {
	}

	static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(3);
	static final Duration RESET_VALIDITY = Duration.ofHours(2);
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final AccountStore accounts;
	private final TokenStore tokens;
	private final PasswordEncoder passwords;
	private final Mailer mailer;
	private final MessageSource messages;
	private final String baseUrl;

	Registration(AccountStore accounts, TokenStore tokens, PasswordEncoder passwords, Mailer mailer,
			MessageSource messages, OuvertProperties properties) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = properties.baseUrl();
	}

	public static void checkEmail(String email, FormErrors errors) {
		errors.rejectIf(email == null || email.length() > 254 || !EMAIL.matcher(email.trim()).matches(), "email",
				"account.error.email");
	}

	public static void checkDisplayName(String name, FormErrors errors) {
		errors.rejectIf(name == null || name.isBlank() || name.trim().length() < 2 || name.trim().length() > 80,
				"displayName", "account.error.displayName");
	}

	/** Validates and registers; sends either a confirmation link or, for a known address, a notice. */
	@Transactional
	public FormErrors signUp(SignUpForm form, Locale locale) {
		FormErrors errors = new FormErrors();
		checkEmail(form.email(), errors);
		checkDisplayName(form.displayName(), errors);
		PasswordPolicy.check(form.password(), form.passwordConfirmation(), form.email(), errors);
		errors.rejectIf(!form.acceptTerms(), "acceptTerms", "account.error.terms");
		if (!errors.isEmpty()) {
			return errors;
		}
		Optional<Account> existing = accounts.findByEmail(form.email());
		if (existing.isPresent()) {
			mail(existing.get().email(), locale, "account.mail.exists", baseUrl + "/connexion",
					baseUrl + "/mot-de-passe-oublie");
			return errors;
		}
		long id = accounts.insert(form.email(), passwords.encode(form.password()), form.displayName(), false, false);
		sendConfirmation(id, form.email(), locale);
		return errors;
	}

	/** Sends a new confirmation link to an unconfirmed address; silently does nothing otherwise. */
	@Transactional
	public void resendConfirmation(String email, Locale locale) {
		accounts.findByEmail(email == null ? "" : email)
			.filter(a -> !a.confirmed())
			.ifPresent(a -> sendConfirmation(a.id(), a.email(), locale));
	}

	@Transactional
	public boolean confirm(String token) {
		Optional<Long> user = tokens.consume(TokenStore.Purpose.CONFIRM_EMAIL, token).flatMap(u -> u);
		user.ifPresent(accounts::confirmEmail);
		return user.isPresent();
	}

	@Transactional
	public void requestPasswordReset(String email, Locale locale) {
		accounts.findByEmail(email == null ? "" : email).filter(Account::enabled).ifPresent(a -> {
			String token = tokens.issue(TokenStore.Purpose.RESET_PASSWORD, a.id(), RESET_VALIDITY);
			mail(a.email(), locale, "account.mail.reset", baseUrl + "/mot-de-passe-oublie/nouveau?jeton=" + token);
		});
	}

	public boolean isResetTokenValid(String token) {
		return tokens.isValid(TokenStore.Purpose.RESET_PASSWORD, token);
	}

	/** Sets a new password with a reset token; a successful reset also confirms the address. */
	@Transactional
	public FormErrors resetPassword(String token, String password, String confirmation) {
		FormErrors errors = new FormErrors();
		PasswordPolicy.check(password, confirmation, null, errors);
		if (!errors.isEmpty()) {
			return errors;
		}
		Optional<Long> user = tokens.consume(TokenStore.Purpose.RESET_PASSWORD, token).flatMap(u -> u);
		if (user.isEmpty()) {
			return errors.reject("token", "account.error.token");
		}
		accounts.setPassword(user.get(), passwords.encode(password));
		accounts.confirmEmail(user.get());
		return errors;
	}

	private void sendConfirmation(long id, String email, Locale locale) {
		String token = tokens.issue(TokenStore.Purpose.CONFIRM_EMAIL, id, CONFIRMATION_VALIDITY);
		mail(email, locale, "account.mail.confirm", baseUrl + "/inscription/confirmation?jeton=" + token);
	}

	private void mail(String to, Locale locale, String key, Object... links) {
		mailer.send(to, messages.getMessage(key + ".subject", null, locale),
				messages.getMessage(key + ".body", links, locale));
	}
}
