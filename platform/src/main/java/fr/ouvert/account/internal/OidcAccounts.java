package fr.ouvert.account.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.kernel.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an OpenID Connect sign-in into an account. Claim sets:
 * <ul>
 * <li>FranceConnect (citizens): {@code given_name}, {@code family_name}, {@code email}; the
 * identity is verified by the provider;</li>
 * <li>ProConnect (public agents): {@code given_name}, {@code usual_name}, {@code email},
 * {@code siret}; when the SIRET is an organisation of the directory, the person becomes its
 * agent;</li>
 * <li>generic: {@code name} or {@code given_name} + {@code family_name}, {@code email}.</li>
 * </ul>
 * Only the subject, e-mail and name are kept.
 */
@Service
public class OidcAccounts {

	private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);

	public enum ClaimSet {
		FRANCECONNECT, PROCONNECT, GENERIC;

		static ClaimSet of(String registrationId, AccountProperties.Oidc settings) {
			String name = settings.claimSet() != null ? settings.claimSet() : registrationId;
			return switch (name.toLowerCase()) {
				case "franceconnect" -> FRANCECONNECT;
				case "proconnect", "agentconnect" -> PROCONNECT;
				default -> GENERIC;
			};
		}
	}

	/** Refused sign-in, e.g. no e-mail claim, or an address held by an account that may not be linked. */
	public static class RefusedSignIn extends RuntimeException {
		public RefusedSignIn(String message) {
			super(message);
		}
	}

	private final AccountStore accounts;
	private final OrganisationStore organisations;
	private final AccountProperties properties;

	OidcAccounts(AccountStore accounts, OrganisationStore organisations, AccountProperties properties) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.properties = properties;
	}

	/** @return the account id for this sign-in, created or linked as needed */
	@Transactional
	public long signIn(String registrationId, String subject, Map<String, Object> claims) {
		AccountProperties.Oidc settings = properties.oidc(registrationId);
		ClaimSet claimSet = ClaimSet.of(registrationId, settings);
		String email = text(claims, "email").orElseThrow(() -> new RefusedSignIn("The provider sent no e-mail"));
		Account account = accounts.findByIdentity(registrationId, subject)
			.orElseGet(() -> linkOrCreate(registrationId, subject, email, displayName(claimSet, claims), settings));
		if (!account.enabled()) {
			throw new RefusedSignIn("Account disabled");
		}
		if (claimSet != ClaimSet.GENERIC && !account.identityVerified()) {
			accounts.setIdentityVerified(account.id());
		}
		if (claimSet == ClaimSet.PROCONNECT) {
			text(claims, "siret").flatMap(organisations::findBySiret).ifPresent(org -> {
				if (!Long.valueOf(org.id()).equals(account.organisationId()) || !account.roles().contains(Role.AGENT)) {
					EnumSet<Role> roles = EnumSet.copyOf(account.roles());
					roles.add(Role.AGENT);
					accounts.setRoles(account.id(), roles);
					accounts.setOrganisation(account.id(), org.id(), Account.ORGANISATION_EDITOR);
					log.info("Account {} is now an agent of organisation {} (ProConnect SIRET)", account.id(), org.id());
				}
			});
		}
		return account.id();
	}

	private Account linkOrCreate(String provider, String subject, String email, String displayName,
			AccountProperties.Oidc settings) {
		Optional<Account> sameEmail = accounts.findByEmail(email);
		long id;
		if (sameEmail.isPresent()) {
			if (!settings.linkByEmail() || !sameEmail.get().confirmed()) {
				throw new RefusedSignIn("An account already uses this e-mail and cannot be linked");
			}
			id = sameEmail.get().id();
		}
		else {
			id = accounts.insert(email, null, displayName, true, false);
		}
		accounts.linkIdentity(id, provider, subject);
		return accounts.find(id).orElseThrow();
	}

	private static String displayName(ClaimSet claimSet, Map<String, Object> claims) {
		String given = text(claims, "given_name").orElse("");
		String family = switch (claimSet) {
			case PROCONNECT -> text(claims, "usual_name").orElse("");
			default -> text(claims, "family_name").orElse("");
		};
		String name = (given + " " + family).trim();
		if (name.isEmpty()) {
			name = text(claims, "name").orElse(text(claims, "email").orElse("?").replaceAll("@.*", ""));
		}
		return name.length() > 80 ? name.substring(0, 80) : name;
	}

	private static Optional<String> text(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().trim());
	}
}
