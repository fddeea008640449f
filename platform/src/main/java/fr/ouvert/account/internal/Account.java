package fr.ouvert.account.internal;

import java.time.Instant;
import java.util.Set;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;

/** An account as stored. */
public record Account(long id, String email, Instant emailConfirmedAt, String passwordHash, String displayName,
		Long organisationId, String organisationName, String organisationRole, boolean identityVerified, boolean enabled,
		Set<Role> roles, Instant createdAt) {

	/** The role of an organisation's administrator: they manage its members. */
	public static final String ORGANISATION_ADMIN = "admin";

	/** The role of an organisation's other agents. */
	public static final String ORGANISATION_EDITOR = "editor";

	public boolean administers(long organisation) {
		return organisationId != null && organisationId == organisation && roles.contains(Role.AGENT)
				&& ORGANISATION_ADMIN.equals(organisationRole);
	}

	public boolean confirmed() {
		return emailConfirmedAt != null;
	}

	public CurrentUser toCurrentUser() {
		return new CurrentUser(id, displayName, email, roles, organisationId, organisationName, identityVerified);
	}

	/** What the audit trail keeps of an account: no e-mail, no password. */
	public record AuditState(String displayName, Set<Role> roles, Long organisationId, String organisationRole,
			boolean enabled) {
	}

	public AuditState auditState() {
		return new AuditState(displayName, new java.util.TreeSet<>(roles), organisationId, organisationRole, enabled);
	}
}
