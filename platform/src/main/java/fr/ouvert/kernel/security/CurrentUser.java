package fr.ouvert.kernel.security;

import java.util.Set;

/**
 * The signed-in person, as modules see them. Read fresh from the database on every request, so a
 * role removed by an administrator takes effect at once.
 *
 * @param organisationId the organisation an agent acts for, or {@code null}
 * @param verified whether the identity was checked by an identity provider (FranceConnect, ProConnect)
 */
public record CurrentUser(long id, String displayName, String email, Set<Role> roles, Long organisationId,
		String organisationName, boolean verified) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Whether this person acts as an agent of the given organisation. */
	public boolean isAgentOf(long organisation) {
		return has(Role.AGENT) && organisationId != null && organisationId == organisation;
	}

	/** How the audit trail names this person. */
	public String auditLabel() {
		return "user:" + id + " <" + email + ">";
	}
}
