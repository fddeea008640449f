package fr.ouvert.account.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.ouvert.account.Organisation;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do to accounts and organisations; every change goes into the audit trail. */
@Service
public class AccountAdministration {

	/** @param organisationAdmin whether the agent administers their organisation (manages its members) */
	public record AccountChange(Set<Role> roles, Long organisationId, boolean organisationAdmin, boolean enabled) {
	}

	public record OrganisationForm(String slug, String name, String acronym, String kind, String siret,
			String description, String website, String logoUrl) {
	}

	private final AccountStore accounts;
	private final OrganisationStore organisations;
	private final AuditTrail audit;

	AccountAdministration(AccountStore accounts, OrganisationStore organisations, AuditTrail audit) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.audit = audit;
	}

	@Transactional
	public FormErrors change(CurrentUser admin, long accountId, AccountChange change) {
		FormErrors errors = new FormErrors();
		Account before = accounts.find(accountId).orElseThrow();
		EnumSet<Role> roles = change.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(change.roles());
		roles.add(Role.CITIZEN);
		errors.rejectIf(roles.contains(Role.AGENT) && change.organisationId() == null, "organisationId",
				"admin.error.agentWithoutOrganisation");
		errors.rejectIf(change.organisationId() != null && organisations.find(change.organisationId()).isEmpty(),
				"organisationId", "admin.error.organisation");
		errors.rejectIf(admin.id() == accountId && (!roles.contains(Role.ADMIN) || !change.enabled()), "roles",
				"admin.error.self");
		if (!errors.isEmpty()) {
			return errors;
		}
		accounts.setRoles(accountId, roles);
		accounts.setOrganisation(accountId, change.organisationId(),
				change.organisationAdmin() ? Account.ORGANISATION_ADMIN : Account.ORGANISATION_EDITOR);
		accounts.setEnabled(accountId, change.enabled());
		Account after = accounts.find(accountId).orElseThrow();
		audit.record(admin, "account.change", "account-user", Long.toString(accountId), before.auditState(),
				after.auditState());
		return errors;
	}

	public Optional<Account> find(long id) {
		return accounts.find(id);
	}

	public List<Account> search(String text, int limit, long offset) {
		return accounts.search(text, limit, offset);
	}

	public long count(String text) {
		return accounts.count(text);
	}

	@Transactional
	public FormErrors createOrganisation(CurrentUser admin, OrganisationForm form) {
		FormErrors errors = validate(form, true);
		if (!errors.isEmpty()) {
			return errors;
		}
		try {
			Organisation created = organisations.insert(form.slug().trim(), form.name().trim(), Forms.blankToNull(form.acronym()),
					form.kind(), Forms.blankToNull(form.siret()));
			audit.record(admin, "organisation.create", "account-organisation", Long.toString(created.id()), null, created);
		}
		catch (DuplicateKeyException e) {
			errors.reject("slug", "admin.error.duplicate");
		}
		return errors;
	}

	@Transactional
	public FormErrors updateOrganisation(CurrentUser admin, long id, OrganisationForm form) {
		FormErrors errors = validate(form, false);
		if (!errors.isEmpty()) {
			return errors;
		}
		Organisation before = organisations.find(id).orElseThrow();
		Organisation after = new Organisation(id, before.slug(), form.name().trim(), Forms.blankToNull(form.acronym()),
				form.kind(), Forms.blankToNull(form.siret()), Forms.blankToNull(form.description()),
				Forms.blankToNull(form.website()), Forms.blankToNull(form.logoUrl()));
		try {
			organisations.update(after);
		}
		catch (DuplicateKeyException e) {
			return errors.reject("siret", "admin.error.duplicate");
		}
		audit.record(admin, "organisation.update", "account-organisation", Long.toString(id), before, after);
		return errors;
	}

	private static FormErrors validate(OrganisationForm form, boolean withSlug) {
		FormErrors errors = new FormErrors();
		errors.rejectIf(withSlug && (form.slug() == null || !form.slug().trim().matches("[a-z0-9]+(-[a-z0-9]+)*")),
				"slug", "admin.error.slug");
		errors.rejectIf(form.name() == null || form.name().isBlank() || form.name().length() > 200, "name",
				"admin.error.name");
		errors.rejectIf(!Organisation.KINDS.contains(form.kind()), "kind", "admin.error.kind");
		errors.rejectIf(form.siret() != null && !form.siret().isBlank() && !form.siret().trim().matches("[0-9]{14}"),
				"siret", "admin.error.siret");
		errors.rejectIf(form.description() != null && form.description().length() > 2000, "description",
				"admin.error.description");
		errors.rejectIf(!isBlankOrWebAddress(form.website()), "website", "admin.error.webAddress");
		errors.rejectIf(!isBlankOrWebAddress(form.logoUrl()), "logoUrl", "admin.error.webAddress");
		return errors;
	}

	private static boolean isBlankOrWebAddress(String value) {
		return value == null || value.isBlank() || value.strip().matches("https?://[^\\s]{3,1990}");
	}
}
