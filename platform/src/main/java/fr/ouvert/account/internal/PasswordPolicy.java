package fr.ouvert.account.internal;

import fr.ouvert.kernel.web.FormErrors;

/** Passwords: 12 to 128 characters (CNIL recommendation for a password used alone), not the e-mail. */
public final class PasswordPolicy {

	public static final int MIN = 12;
	public static final int MAX = 128;

	private PasswordPolicy() {
	}

	public static void check(String password, String confirmation, String email, FormErrors errors) {
		if (password == null || password.length() < MIN) {
			errors.reject("password", "account.error.password.short");
		}
		else if (password.length() > MAX) {
			errors.reject("password", "account.error.password.long");
		}
		else if (email != null && password.equalsIgnoreCase(email.trim())) {
			errors.reject("password", "account.error.password.email");
		}
		else if (!password.equals(confirmation)) {
			errors.reject("passwordConfirmation", "account.error.password.mismatch");
		}
	}
}
