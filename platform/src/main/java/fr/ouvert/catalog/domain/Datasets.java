package fr.ouvert.catalog.domain;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.catalog.geo.GeoZones;
import fr.ouvert.catalog.schema.ResourceValidation;
import fr.ouvert.catalog.schema.SchemaRegistry;
import fr.ouvert.catalog.storage.ResourceStorage;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.opendata.Licence;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and editing datasets and their resources, for people (forms, write API). Each change
 * is checked, written and recorded in the audit trail in one transaction.
 */
@Service
public class Datasets {

	/** What a create or update gives back: the problems, or the dataset as stored. */
	public record Outcome(FormErrors errors, Dataset dataset) {
		public boolean ok() {
			return errors.isEmpty();
		}
	}

	public record ResourceOutcome(FormErrors errors, Resource resource) {
		public boolean ok() {
			return errors.isEmpty();
		}
	}

	static final int MAX_TITLE = 350;
	static final int MAX_DESCRIPTION = 100_000;
	static final int MAX_TAGS = 30;
	static final int MAX_TAG = 96;

	private final DatasetRepository repository;
	private final Organisations organisations;
	private final CatalogPermissions permissions;
	private final ResourceStorage storage;
	private final DatasetUpdates updates;
	private final SchemaRegistry schemas;
	private final GeoZones geoZones;
	private final ResourceValidation validation;
	private final AuditTrail audit;
	private final Clock clock;

	Datasets(DatasetRepository repository, Organisations organisations, CatalogPermissions permissions,
			ResourceStorage storage, DatasetUpdates updates, SchemaRegistry schemas, GeoZones geoZones,
			ResourceValidation validation, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.organisations = organisations;
		this.permissions = permissions;
		this.storage = storage;
		this.updates = updates;
		this.schemas = schemas;
		this.geoZones = geoZones;
		this.validation = validation;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Outcome create(CurrentUser user, DatasetCommand command) {
		if (!permissions.canPublish(Optional.of(user))) {
			throw new AccessDeniedException("Only agents of an organisation and administrators publish datasets");
		}
		FormErrors errors = new FormErrors();
		Organisation organisation = command.organisationId() == null ? null
				: organisations.find(command.organisationId()).orElse(null);
		errors.rejectIf(organisation == null, "organisation", "catalog.error.organisation");
		if (organisation != null && !permissions.canPublishFor(Optional.of(user), organisation.id())) {
			throw new AccessDeniedException("Not an agent of organisation " + organisation.id());
		}
		Instant now = clock.instant();
		Dataset draft = apply(command, errors, Optional.of(user), null, organisation, now);
		if (!errors.isEmpty()) {
			return new Outcome(errors, null);
		}
		Dataset created = withSlug(draft, Slugs.unique(draft.title(), repository::slugTaken));
		repository.insert(created);
		updates.refresh(created.id());
		audit.record(user, "dataset.create", Dataset.LINKABLE_TYPE, created.id().toString(), null, created);
		return new Outcome(errors, repository.find(created.id().toString()).orElseThrow());
	}

	@Transactional
	public Outcome update(CurrentUser user, String idOrSlug, DatasetCommand command) {
		Dataset before = editable(user, idOrSlug);
		FormErrors errors = new FormErrors();
		Organisation organisation = organisations.find(before.organisationId()).orElseThrow();
		Dataset after = apply(command, errors, Optional.of(user), before, organisation, clock.instant());
		if (!errors.isEmpty()) {
			return new Outcome(errors, before);
		}
		repository.update(after);
		updates.refresh(after.id());
		audit.record(user, "dataset.update", Dataset.LINKABLE_TYPE, after.id().toString(), before, after);
		return new Outcome(errors, repository.find(after.id().toString()).orElseThrow());
	}

	/** udata's DELETE; here a dataset is archived, never removed, so links to it keep working. */
	@Transactional
	public Dataset archive(CurrentUser user, String idOrSlug) {
		Dataset before = editable(user, idOrSlug);
		if (before.archived()) {
			return before;
		}
		Dataset after = archived(before, clock.instant());
		repository.update(after);
		audit.record(user, "dataset.archive", Dataset.LINKABLE_TYPE, after.id().toString(), before, after);
		return after;
	}

	@Transactional
	public ResourceOutcome addRemoteResource(CurrentUser user, String idOrSlug, ResourceCommand command) {
		Dataset dataset = editable(user, idOrSlug);
		FormErrors errors = checkResource(command, true);
		if (!errors.isEmpty()) {
			return new ResourceOutcome(errors, null);
		}
		Instant now = clock.instant();
		Resource resource = new Resource(UUID.randomUUID(), dataset.id(), 0, command.title().strip(),
				Forms.blankToNull(command.description()), "remote", type(command), command.url().strip(), null,
				format(command.format(), command.url()), null, null, null, null, Forms.blankToNull(command.schemaName()),
				null, null, null, null, null, now, now);
		repository.insertResource(resource);
		touch(dataset, now);
		audit.record(user, "resource.create", Dataset.LINKABLE_TYPE, dataset.id().toString(), null, resource);
		return new ResourceOutcome(errors, resource);
	}

	/**
	 * Stores an uploaded file as a new resource. The file is stored first; if the transaction
	 * fails after that, the stored file is removed so that nothing half-made remains.
	 */
	@Transactional
	public ResourceOutcome addUploadedResource(CurrentUser user, String idOrSlug, ResourceCommand command,
			String filename, String mime, InputStream content) throws IOException {
		Dataset dataset = editable(user, idOrSlug);
		return storeFile(dataset, command, filename, mime, content,
				resource -> audit.record(user, "resource.upload", Dataset.LINKABLE_TYPE, dataset.id().toString(), null,
						resource));
	}

	/** The platform itself adds a file to a dataset (demo data); the audit trail names the job. */
	@Transactional
	public ResourceOutcome addFileAsSystem(String job, UUID datasetId, ResourceCommand command, String filename,
			String mime, InputStream content) throws IOException {
		Dataset dataset = repository.find(datasetId.toString()).orElseThrow();
		return storeFile(dataset, command, filename, mime, content,
				resource -> audit.recordSystem(job, "resource.upload", Dataset.LINKABLE_TYPE, dataset.id().toString(),
						null, resource));
	}

	private ResourceOutcome storeFile(Dataset dataset, ResourceCommand command, String filename, String mime,
			InputStream content, java.util.function.Consumer<Resource> recordInAudit) throws IOException {
		ResourceCommand named = new ResourceCommand(
				command.title() == null || command.title().isBlank() ? filename : command.title(), command.description(),
				command.type(), null, command.format(), command.schemaName());
		FormErrors errors = checkResource(named, false);
		errors.rejectIf(filename == null || filename.isBlank(), "file", "catalog.error.file");
		if (!errors.isEmpty()) {
			return new ResourceOutcome(errors, null);
		}
		ResourceStorage.StoredFile stored = storage.store(content);
		try {
			Instant now = clock.instant();
			UUID id = UUID.randomUUID();
			Resource resource = new Resource(id, dataset.id(), 0, named.title().strip(),
					Forms.blankToNull(named.description()), "file", type(named), "/api/1/datasets/r/" + id, stored.key(),
					format(named.format(), filename), mime, stored.size(), "sha256", stored.sha256(),
					Forms.blankToNull(named.schemaName()), null, null, null, null, null, now, now);
			repository.insertResource(resource);
			validation.validate(resource);
			touch(dataset, now);
			recordInAudit.accept(resource);
			return new ResourceOutcome(errors, resource);
		}
		catch (IOException | RuntimeException e) {
			storage.delete(stored.key());
			throw e;
		}
	}

	@Transactional
	public void deleteResource(CurrentUser user, String idOrSlug, UUID resourceId) {
		Dataset dataset = editable(user, idOrSlug);
		Resource resource = repository.resource(resourceId)
			.filter(r -> r.datasetId().equals(dataset.id()))
			.orElseThrow(() -> new NotFoundException("No resource " + resourceId + " in dataset " + idOrSlug));
		repository.deleteResource(resourceId);
		touch(dataset, clock.instant());
		audit.record(user, "resource.delete", Dataset.LINKABLE_TYPE, dataset.id().toString(), resource, null);
		// The file goes last: should the transaction fail, the file is still there for the row.
		if (resource.storageKey() != null) {
			updates.deleteFileAfterCommit(resource.storageKey());
		}
	}

	private Dataset editable(CurrentUser user, String idOrSlug) {
		Dataset dataset = repository.find(idOrSlug).orElseThrow(() -> new NotFoundException("No dataset " + idOrSlug));
		if (!permissions.canEdit(Optional.of(user), dataset)) {
			throw new AccessDeniedException("May not edit dataset " + idOrSlug);
		}
		return dataset;
	}

	private void touch(Dataset dataset, Instant now) {
		Dataset.Builder touched = dataset.toBuilder();
		touched.lastModified = now;
		touched.lastUpdate = now;
		repository.update(touched.build());
		updates.refresh(dataset.id());
	}

	private Dataset apply(DatasetCommand c, FormErrors errors, Optional<CurrentUser> user, Dataset before,
			Organisation organisation, Instant now) {
		String title = Forms.blankToNull(c.title());
		errors.rejectIf(title == null || title.length() > MAX_TITLE, "title", "catalog.error.title");
		String description = c.description() == null ? "" : c.description().strip();
		errors.rejectIf(description.length() > MAX_DESCRIPTION, "description", "catalog.error.description");
		List<String> tags = tags(c.tags());
		errors.rejectIf(tags.size() > MAX_TAGS || tags.stream().anyMatch(t -> t.length() > MAX_TAG), "tags",
				"catalog.error.tags");
		String licence = Forms.blankToNull(c.licence()) == null ? Licence.NOT_SPECIFIED.id() : c.licence();
		errors.rejectIf(Licence.of(licence).isEmpty(), "licence", "catalog.error.licence");
		String frequency = Forms.blankToNull(c.frequency());
		errors.rejectIf(frequency != null && Frequency.of(frequency).isEmpty(), "frequency", "catalog.error.frequency");
		LocalDate start = date(c.temporalStart(), "temporalStart", errors);
		LocalDate end = date(c.temporalEnd(), "temporalEnd", errors);
		errors.rejectIf(start == null && end != null, "temporalStart", "catalog.error.temporalStart");
		errors.rejectIf(start != null && end != null && end.isBefore(start), "temporalEnd", "catalog.error.temporalEnd");
		List<String> zones = c.spatialZones().stream().map(String::strip).filter(z -> !z.isEmpty()).distinct().toList();
		errors.rejectIf(geoZones.findAll(zones).size() != zones.size(), "spatialZones", "catalog.error.spatialZones");
		String visibility = Forms.blankToNull(c.visibility()) == null ? "public" : c.visibility();
		errors.rejectIf(!Dataset.VISIBILITIES.contains(visibility), "visibility", "catalog.error.visibility");
		List<String> badges = before == null ? List.of() : before.badges();
		if (c.badges() != null && !c.badges().equals(badges)) {
			errors.rejectIf(!permissions.canGrantBadges(user), "badges", "catalog.error.badgesForbidden");
			errors.rejectIf(!Dataset.BADGES.containsAll(c.badges()), "badges", "catalog.error.badges");
			badges = List.copyOf(new LinkedHashSet<>(c.badges()));
		}
		if (!errors.isEmpty()) {
			return null;
		}
		frequency = frequency == null ? null : Frequency.of(frequency).orElseThrow().code();
		return new Dataset(before == null ? UUID.randomUUID() : before.id(), before == null ? null : before.slug(),
				title, Forms.blankToNull(c.acronym()), description, organisation.id(), organisation.name(), tags, licence,
				frequency, start, end, zones, Forms.blankToNull(c.spatialGranularity()), badges, visibility,
				before == null ? null : before.archivedAt(), before == null ? "manual" : before.origin(),
				before == null ? null : before.platformDataset(), before == null ? null : before.harvestSourceId(),
				before == null ? null : before.remoteId(), before == null ? null : before.remoteUri(),
				before == null ? now : before.createdAt(), now, before == null ? now : before.lastUpdate(), 0, 0,
				List.of(), List.of(), 0);
	}

	private FormErrors checkResource(ResourceCommand c, boolean remote) {
		FormErrors errors = new FormErrors();
		errors.rejectIf(Forms.blankToNull(c.title()) == null || c.title().length() > MAX_TITLE, "title",
				"catalog.error.resourceTitle");
		errors.rejectIf(c.type() != null && !c.type().isBlank() && !Resource.TYPES.contains(c.type()), "type",
				"catalog.error.resourceType");
		if (remote) {
			errors.rejectIf(!isWebAddress(c.url()), "url", "catalog.error.url");
		}
		errors.rejectIf(c.format() != null && c.format().length() > 32, "format", "catalog.error.format");
		String schema = Forms.blankToNull(c.schemaName());
		errors.rejectIf(schema != null && schemas.find(schema.strip()).isEmpty(), "schema", "catalog.error.schema");
		return errors;
	}

	/** Whether the text is an absolute http or https address (resources, reuses). */
	public static boolean isWebAddress(String url) {
		if (url == null || url.isBlank() || url.length() > 2000) {
			return false;
		}
		try {
			URI uri = new URI(url.strip());
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException e) {
			return false;
		}
	}

	private static String type(ResourceCommand c) {
		return c.type() == null || c.type().isBlank() ? "main" : c.type();
	}

	/** The declared format, else the file name's extension, lower case (udata stores {@code csv}, not {@code CSV}). */
	static String format(String declared, String name) {
		if (declared != null && !declared.isBlank()) {
			return declared.strip().toLowerCase(Locale.ROOT);
		}
		if (name == null) {
			return null;
		}
		String path = name.replaceAll("[?#].*$", "");
		int dot = path.lastIndexOf('.');
		int slash = path.lastIndexOf('/');
		String extension = dot > slash && dot < path.length() - 1 ? path.substring(dot + 1) : null;
		return extension != null && extension.matches("[A-Za-z0-9]{1,10}") ? extension.toLowerCase(Locale.ROOT) : null;
	}

	private static List<String> tags(List<String> raw) {
		List<String> tags = new ArrayList<>();
		for (String tag : raw) {
			String t = Slugs.of(tag);
			if (tag != null && !tag.isBlank() && !tags.contains(t)) {
				tags.add(t);
			}
		}
		return tags;
	}

	private static LocalDate date(String value, String field, FormErrors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			errors.reject(field, "catalog.error.date");
			return null;
		}
	}

	private static Dataset withSlug(Dataset d, String slug) {
		Dataset.Builder b = d.toBuilder();
		b.slug = slug;
		return b.build();
	}

	static Dataset archived(Dataset d, Instant when) {
		Dataset.Builder b = d.toBuilder();
		b.archivedAt = when;
		b.lastModified = when;
		return b.build();
	}
}
