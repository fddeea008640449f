package fr.ouvert.catalog.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import fr.ouvert.account.Organisation;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.opendata.Licence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes datasets described by another catalog (harvesting, demo import) into an organisation:
 * matched on (source, remote id), created or updated only when the description changed, and
 * archived — never deleted — when they vanish from the source.
 */
@Service
public class DescribedDatasets {

	/** What one write did. */
	public enum Change {
		CREATED, UPDATED, UNCHANGED
	}

	private final DatasetRepository repository;
	private final DatasetUpdates updates;
	private final AuditTrail audit;
	private final Clock clock;

	DescribedDatasets(DatasetRepository repository, DatasetUpdates updates, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.updates = updates;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param sourceId the harvest source, or null for a one-off import
	 * @param origin {@code harvest} for a record read from another catalog, {@code manual} for one
	 *            written for the platform (demo data)
	 * @param job how the audit trail names the writer
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Change write(Organisation organisation, Long sourceId, DatasetDescription description, String origin,
			String job) {
		Instant now = clock.instant();
		Dataset existing = find(sourceId, description.remoteId());
		Dataset.Builder wanted = existing != null ? existing.toBuilder() : new Dataset.Builder();
		if (existing == null) {
			wanted.id = UUID.randomUUID();
			wanted.slug = Slugs.unique(description.slug() != null ? description.slug() : description.title(),
					repository::slugTaken);
			wanted.createdAt = description.createdAt() != null ? description.createdAt() : now;
			wanted.badges = List.of();
			wanted.visibility = "public";
			wanted.origin = origin;
			wanted.harvestSourceId = sourceId;
			wanted.remoteId = description.remoteId();
			wanted.formats = List.of();
			wanted.schemas = List.of();
		}
		wanted.title = description.title();
		wanted.acronym = description.acronym();
		wanted.description = description.description() == null ? "" : description.description();
		wanted.organisationId = organisation.id();
		wanted.organisationName = organisation.name();
		wanted.tags = description.tags().stream().map(Slugs::of).distinct().toList();
		wanted.licence = Licence.of(description.licence()).map(Licence::id).orElse(Licence.NOT_SPECIFIED.id());
		wanted.frequency = Frequency.of(description.frequency()).map(Frequency::code).orElse(null);
		wanted.temporalStart = description.temporalStart();
		wanted.temporalEnd = description.temporalStart() == null ? null : description.temporalEnd();
		wanted.spatialZones = description.spatialZones();
		wanted.spatialGranularity = description.spatialGranularity();
		wanted.remoteUri = description.uri() != null ? description.uri() : description.landingPage();
		wanted.archivedAt = null;
		wanted.lastUpdate = description.lastModified() != null ? description.lastModified()
				: existing != null ? existing.lastUpdate() : now;
		List<Resource> current = existing == null ? List.of() : repository.resources(existing.id());
		List<Resource> desired = resources(description, wanted.id, current, now);
		wanted.lastModified = existing != null ? existing.lastModified() : now;
		if (existing != null && sameMetadata(existing, wanted.build()) && Resource.sameContent(current, desired)) {
			return Change.UNCHANGED;
		}
		wanted.lastModified = now;
		Dataset dataset = wanted.build();
		if (existing == null) {
			repository.insert(dataset);
		}
		else {
			repository.update(dataset);
			current.forEach(r -> repository.deleteResource(r.id()));
		}
		desired.forEach(repository::insertResource);
		updates.refresh(dataset.id());
		audit.recordSystem(job, existing == null ? "dataset.create" : "dataset.update", Dataset.LINKABLE_TYPE,
				dataset.id().toString(), existing, dataset);
		return existing == null ? Change.CREATED : Change.UPDATED;
	}

	/**
	 * Archives the datasets of the source whose remote id is not among those seen; a dataset
	 * that comes back is unarchived by {@link #write}.
	 *
	 * @return how many were archived
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int archiveVanished(long sourceId, java.util.Set<String> seenRemoteIds, String job) {
		int archived = 0;
		for (Dataset dataset : repository.findByHarvestSource(sourceId)) {
			if (!dataset.archived() && !seenRemoteIds.contains(dataset.remoteId())) {
				Dataset after = Datasets.archived(dataset, clock.instant());
				repository.update(after);
				audit.recordSystem(job, "dataset.archive", Dataset.LINKABLE_TYPE, dataset.id().toString(), dataset, after);
				archived++;
			}
		}
		return archived;
	}

	private Dataset find(Long sourceId, String remoteId) {
		if (sourceId != null) {
			return repository.findByHarvestSource(sourceId)
				.stream()
				.filter(d -> d.remoteId().equals(remoteId))
				.findFirst()
				.orElse(null);
		}
		return repository.findImported(remoteId).orElse(null);
	}

	/** Keeps a resource's id when its remote id (or URL) is the same, so permalinks stay stable. */
	private static List<Resource> resources(DatasetDescription description, UUID datasetId, List<Resource> current,
			Instant now) {
		Map<String, Resource> byKey = new HashMap<>();
		current.forEach(r -> byKey.put(r.remoteId() != null ? r.remoteId() : r.url(), r));
		List<Resource> list = new ArrayList<>();
		for (DatasetDescription.ResourceDescription r : description.resources()) {
			if (r.url() == null || r.url().isBlank()) {
				continue;
			}
			Resource same = byKey.get(r.remoteId() != null ? r.remoteId() : r.url());
			String type = r.type() != null && Resource.TYPES.contains(r.type()) ? r.type() : "main";
			String title = r.title() != null && !r.title().isBlank() ? r.title() : r.url();
			list.add(new Resource(same != null ? same.id() : UUID.randomUUID(), datasetId, 0, title, r.description(),
					"remote", type, r.url(), null, r.format(), r.mime(), r.filesize(), checksumType(r.checksumType()),
					r.checksumType() == null ? null : r.checksumValue(), r.schemaName(), r.schemaVersion(),
					r.remoteId(), r.available(), null, null, same != null ? same.createdAt() : now,
					r.lastModified() != null ? r.lastModified() : same != null ? same.lastModified() : now));
		}
		return list;
	}

	private static String checksumType(String type) {
		return type != null && List.of("sha1", "sha2", "sha256", "md5", "crc").contains(type) ? type : null;
	}

	private static boolean sameMetadata(Dataset a, Dataset b) {
		return a.title().equals(b.title()) && Objects.equals(a.acronym(), b.acronym())
				&& a.description().equals(b.description()) && a.tags().equals(b.tags()) && a.licence().equals(b.licence())
				&& Objects.equals(a.frequency(), b.frequency()) && Objects.equals(a.temporalStart(), b.temporalStart())
				&& Objects.equals(a.temporalEnd(), b.temporalEnd()) && a.spatialZones().equals(b.spatialZones())
				&& Objects.equals(a.spatialGranularity(), b.spatialGranularity()) && a.organisationId() == b.organisationId()
				&& Objects.equals(a.remoteUri(), b.remoteUri()) && !a.archived()
				&& Objects.equals(a.lastUpdate(), b.lastUpdate());
	}
}
