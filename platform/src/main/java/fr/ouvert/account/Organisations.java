package fr.ouvert.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.ouvert.account.internal.OrganisationStore;
import fr.ouvert.kernel.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of organisations, for the modules that attach records to them. */
@Service
public class Organisations {

	private final OrganisationStore store;
	private final AuditTrail audit;

	Organisations(OrganisationStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	public Optional<Organisation> find(long id) {
		return store.find(id);
	}

	/** The organisations of these ids that exist, in one statement (for pages listing many records). */
	public List<Organisation> findAll(Collection<Long> ids) {
		return store.findAll(ids);
	}

	public Optional<Organisation> findBySlug(String slug) {
		return store.findBySlug(slug);
	}

	public List<Organisation> all() {
		return store.all();
	}

	/**
	 * The organisation with this slug, created if missing (a loader declaring the institutions it
	 * refers to). An existing organisation is left as it is: administrators may have edited it.
	 */
	@Transactional
	public Organisation ensure(String slug, String name, String acronym, String kind, String loader) {
		return store.findBySlug(slug).orElseGet(() -> {
			Organisation created = store.insert(slug, name, acronym, kind, null);
			audit.recordSystem(loader, "organisation.create", "account-organisation", Long.toString(created.id()),
					null, created);
			return created;
		});
	}
}
