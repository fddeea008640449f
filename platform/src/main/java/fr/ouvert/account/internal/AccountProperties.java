package fr.ouvert.account.internal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ouvert.accounts.*}.
 *
 * @param adminEmail e-mail of the first administrator, created at start when no administrator exists
 * @param adminPassword their password (12 characters or more); without both, a one-time installation
 *            link is printed in the log instead
 * @param oidc per OpenID Connect registration id: which claim set it sends
 */
@ConfigurationProperties("ouvert.accounts")
public record AccountProperties(String adminEmail, String adminPassword, @DefaultValue Map<String, Oidc> oidc) {

	/**
	 * @param claimSet {@code franceconnect}, {@code proconnect} or {@code generic}; by default the
	 *            registration id when it is one of the first two
	 * @param linkByEmail attach a sign-in to the existing account with the same confirmed e-mail
	 */
	public record Oidc(String claimSet, @DefaultValue("true") boolean linkByEmail) {
	}

	public Oidc oidc(String registrationId) {
		return oidc.getOrDefault(registrationId, new Oidc(null, true));
	}
}
