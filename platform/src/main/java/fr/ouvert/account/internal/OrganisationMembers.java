package fr.ouvert.account.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.FormErrors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of an organisation, managed by its administrators (agents with the {@code admin}
 * organisation role): add an existing account as an editor, make a member administrator or editor,
 * remove a member. An organisation always keeps one administrator.
 */
@Service
public class OrganisationMembers {

	private final AccountStore accounts;
	private final OrganisationStore organisations;
	private final AuditTrail audit;

	OrganisationMembers(AccountStore accounts, OrganisationStore organisations, AuditTrail audit) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.audit = audit;
	}

	public boolean administersOne(CurrentUser user) {
		return accounts.find(user.id()).map(a -> a.organisationId() != null && a.administers(a.organisationId())).orElse(false);
	}

	/** The organisation the person administers, or an {@link AccessDeniedException}. */
	public long administered(CurrentUser user) {
		Account account = accounts.find(user.id()).orElseThrow();
		if (account.organisationId() == null || !account.administers(account.organisationId())) {
			throw new AccessDeniedException("Not the administrator of an organisation");
		}
		return account.organisationId();
	}

	public List<Account> members(CurrentUser user) {
		return accounts.members(administered(user));
	}

	@Transactional
	public FormErrors add(CurrentUser user, String email) {
		long organisation = administered(user);
		FormErrors errors = new FormErrors();
		Account account = email == null ? null : accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT)).orElse(null);
		errors.rejectIf(account == null || !account.enabled(), "email", "organisation.members.error.unknown");
		errors.rejectIf(account != null && account.organisationId() != null && account.organisationId() != organisation,
				"email", "organisation.members.error.elsewhere");
		if (!errors.isEmpty()) {
			return errors;
		}
		EnumSet<Role> roles = EnumSet.copyOf(account.roles());
		roles.add(Role.AGENT);
		accounts.setRoles(account.id(), roles);
		accounts.setOrganisation(account.id(), organisation,
				account.administers(organisation) ? Account.ORGANISATION_ADMIN : Account.ORGANISATION_EDITOR);
		record(user, account);
		return errors;
	}

	@Transactional
	public void setRole(CurrentUser user, long accountId, String role) {
		long organisation = administered(user);
		Account member = member(organisation, accountId);
		if (!Account.ORGANISATION_ADMIN.equals(role) && !Account.ORGANISATION_EDITOR.equals(role)) {
			throw new IllegalArgumentException("Unknown organisation role " + role);
		}
		keepOneAdministrator(organisation, member, role);
		accounts.setOrganisation(accountId, organisation, role);
		record(user, member);
	}

	@Transactional
	public void remove(CurrentUser user, long accountId) {
		long organisation = administered(user);
		Account member = member(organisation, accountId);
		keepOneAdministrator(organisation, member, null);
		EnumSet<Role> roles = EnumSet.copyOf(member.roles());
		roles.remove(Role.AGENT);
		accounts.setRoles(accountId, roles);
		accounts.setOrganisation(accountId, null, null);
		record(user, member);
	}

	private Account member(long organisation, long accountId) {
		return accounts.members(organisation)
			.stream()
			.filter(a -> a.id() == accountId)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("Not a member of organisation " + organisation));
	}

	private void keepOneAdministrator(long organisation, Account member, String newRole) {
		boolean lastAdministrator = member.administers(organisation) && !Account.ORGANISATION_ADMIN.equals(newRole)
				&& accounts.members(organisation).stream().filter(a -> a.administers(organisation)).count() == 1;
		if (lastAdministrator) {
			throw new AccessDeniedException("An organisation keeps at least one administrator");
		}
	}

	private void record(CurrentUser user, Account before) {
		Account after = accounts.find(before.id()).orElseThrow();
		audit.record(user, "organisation.member", "account-user", Long.toString(before.id()), before.auditState(),
				after.auditState());
	}

	public String organisationName(long id) {
		return organisations.find(id).map(o -> o.name()).orElseThrow();
	}
}
