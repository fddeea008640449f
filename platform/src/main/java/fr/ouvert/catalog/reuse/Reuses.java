package fr.ouvert.catalog.reuse;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.catalog.domain.CatalogPermissions;
import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.domain.Datasets;
import fr.ouvert.catalog.domain.Slugs;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reuses declared by signed-in people, alone or for the organisation they are an agent of. Each
 * change is checked, written and recorded in the audit trail in one transaction.
 */
@Service
public class Reuses {

	/** What a creation gives back: the problems, or the reuse as stored. */
	public record Outcome(FormErrors errors, Reuse reuse) {
		public boolean ok() {
			return errors.isEmpty();
		}
	}

	/** One page of reuses and how many there are in all. */
	public record Found(List<Reuse> reuses, long total) {
	}

	static final int MAX_TITLE = 350;
	static final int MAX_DESCRIPTION = 100_000;
	static final int MAX_DATASETS = 100;

	private final ReuseRepository repository;
	private final DatasetRepository datasets;
	private final Organisations organisations;
	private final CatalogPermissions permissions;
	private final AuditTrail audit;
	private final Clock clock;

	Reuses(ReuseRepository repository, DatasetRepository datasets, Organisations organisations,
			CatalogPermissions permissions, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.datasets = datasets;
		this.organisations = organisations;
		this.permissions = permissions;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<Reuse> find(String idOrSlug) {
		return repository.find(idOrSlug);
	}

	/** Reuses not archived, newest first; each filter may be null. */
	public Found search(UUID datasetId, Long organisationId, String type, PageRequest page) {
		return new Found(repository.search(datasetId, organisationId, type, page),
				repository.count(datasetId, organisationId, type));
	}

	/** The reuses of a dataset, newest first, for its page. */
	public List<Reuse> ofDataset(UUID datasetId) {
		return repository.search(datasetId, null, null, PageRequest.of(1, PageRequest.MAX_PAGE_SIZE));
	}

	/** How many reuses use each of the datasets (zero when none), for lists of datasets. */
	public java.util.Map<UUID, Long> countByDataset(java.util.Collection<UUID> datasetIds) {
		return repository.countByDataset(datasetIds);
	}

	public long countOfOrganisation(long organisationId) {
		return repository.count(null, organisationId, null);
	}

	public long count() {
		return repository.count(null, null, null);
	}

	@Transactional
	public Outcome create(CurrentUser user, ReuseCommand command) {
		FormErrors errors = new FormErrors();
		String title = Forms.blankToNull(command.title());
		errors.rejectIf(title == null || title.length() > MAX_TITLE, "title", "catalog.error.reuseTitle");
		String description = Forms.blankToNull(command.description());
		errors.rejectIf(description == null || description.length() > MAX_DESCRIPTION, "description",
				"catalog.error.reuseDescription");
		errors.rejectIf(!Datasets.isWebAddress(command.url()), "url", "catalog.error.url");
		errors.rejectIf(!Reuse.TYPES.contains(command.type()), "type", "catalog.error.reuseType");
		List<UUID> used = publicDatasets(command.datasets());
		errors.rejectIf(used == null, "datasets", "catalog.error.reuseDatasets");
		Organisation organisation = null;
		if (command.organisationId() != null) {
			organisation = organisations.find(command.organisationId())
				.filter(o -> permissions.canPublishFor(Optional.of(user), o.id()))
				.orElse(null);
			errors.rejectIf(organisation == null, "organisation", "catalog.error.reuseOrganisation");
		}
		if (!errors.isEmpty()) {
			return new Outcome(errors, null);
		}
		Instant now = clock.instant();
		Reuse reuse = new Reuse(UUID.randomUUID(), Slugs.unique(title, repository::slugTaken), title, description,
				command.url().strip(), command.type(), organisation == null ? null : organisation.id(),
				organisation == null ? null : organisation.name(), user.id(), now, now, null, used);
		repository.insert(reuse);
		audit.record(user, "reuse.create", Reuse.LINKABLE_TYPE, reuse.id().toString(), null, reuse);
		return new Outcome(errors, reuse);
	}

	/** Archives a reuse: its author, an agent of its organisation or an administrator may. */
	@Transactional
	public Reuse archive(CurrentUser user, String idOrSlug) {
		Reuse before = repository.find(idOrSlug).orElseThrow(() -> new NotFoundException("No reuse " + idOrSlug));
		if (!canArchive(user, before)) {
			throw new AccessDeniedException("May not archive reuse " + idOrSlug);
		}
		if (before.archived()) {
			return before;
		}
		repository.archive(before.id(), clock.instant());
		Reuse after = repository.find(before.id().toString()).orElseThrow();
		audit.record(user, "reuse.archive", Reuse.LINKABLE_TYPE, after.id().toString(), before, after);
		return after;
	}

	public boolean canArchive(CurrentUser user, Reuse reuse) {
		return user.has(Role.ADMIN) || Long.valueOf(user.id()).equals(reuse.ownerId())
				|| (reuse.organisationId() != null && user.isAgentOf(reuse.organisationId()));
	}

	/** The ids of the named datasets, or null when one is unknown or not public, or none is named. */
	private List<UUID> publicDatasets(List<String> idsOrSlugs) {
		List<UUID> ids = new ArrayList<>();
		for (String key : idsOrSlugs) {
			Optional<Dataset> dataset = key == null ? Optional.empty() : datasets.find(key.strip());
			if (dataset.isEmpty() || !dataset.get().isPublic()) {
				return null;
			}
			if (!ids.contains(dataset.get().id())) {
				ids.add(dataset.get().id());
			}
		}
		return ids.isEmpty() || ids.size() > MAX_DATASETS ? null : ids;
	}
}
