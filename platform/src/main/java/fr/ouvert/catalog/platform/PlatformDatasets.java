package fr.ouvert.catalog.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.domain.DatasetUpdates;
import fr.ouvert.catalog.domain.Resource;
import fr.ouvert.catalog.domain.Slugs;
import fr.ouvert.catalog.schema.SchemaRegistry;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.config.OuvertProperties;
import fr.ouvert.kernel.opendata.OpenDataCatalog;
import fr.ouvert.kernel.opendata.OpenDataRows;
import fr.ouvert.kernel.opendata.OpenDataset;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps one catalog dataset per open dataset of the platform's modules, under the platform's own
 * organisation: its resources point at the kernel's export endpoints, its CSV declares the
 * dataset's Table Schema (registered as {@code ouvert/<slug>}). Only what changed is written.
 */
@Service
public class PlatformDatasets {

	public static final String ORGANISATION_SLUG = "ouvert";

	static final String JOB = "catalog-platform-datasets";

	private final OpenDataCatalog openData;
	private final OpenDataRows rows;
	private final DatasetRepository repository;
	private final DatasetUpdates updates;
	private final SchemaRegistry schemas;
	private final Organisations organisations;
	private final AuditTrail audit;
	private final ObjectMapper json;
	private final String baseUrl;
	private final Clock clock;

	PlatformDatasets(OpenDataCatalog openData, OpenDataRows rows, DatasetRepository repository, DatasetUpdates updates,
			SchemaRegistry schemas, Organisations organisations, AuditTrail audit, ObjectMapper json,
			OuvertProperties properties, Clock clock) {
		this.openData = openData;
		this.rows = rows;
		this.repository = repository;
		this.updates = updates;
		this.schemas = schemas;
		this.organisations = organisations;
		this.audit = audit;
		this.json = json;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
		this.clock = clock;
	}

	/** @return how many catalog datasets were created or changed */
	@Transactional
	public int synchronise() {
		Organisation platform = organisations.ensure(ORGANISATION_SLUG, "Ouvert — plateforme du gouvernement ouvert",
				"Ouvert", "other", JOB);
		int changed = 0;
		for (OpenDataset source : openData.all()) {
			if (synchronise(source, platform)) {
				changed++;
			}
		}
		return changed;
	}

	private boolean synchronise(OpenDataset source, Organisation platform) {
		String schemaName = "ouvert/" + source.slug();
		schemas.register(schemaName, json.writeValueAsString(source.tableSchema()), List.of("Ouvert"));
		Instant now = clock.instant();
		Instant lastUpdate = rows.version(source).lastModified();
		Dataset existing = repository.findByPlatformDataset(source.slug()).orElse(null);
		Dataset.Builder wanted = existing != null ? existing.toBuilder() : new Dataset.Builder();
		if (existing == null) {
			wanted.id = UUID.randomUUID();
			wanted.slug = Slugs.unique(source.slug(), repository::slugTaken);
			wanted.createdAt = now;
			wanted.badges = List.of();
			wanted.visibility = "public";
			wanted.origin = "platform";
			wanted.platformDataset = source.slug();
			wanted.formats = List.of();
			wanted.schemas = List.of();
		}
		wanted.title = source.title();
		wanted.description = source.description();
		wanted.organisationId = platform.id();
		wanted.organisationName = platform.name();
		wanted.tags = List.of("gouvernement-ouvert", "donnees-de-la-plateforme");
		wanted.licence = source.licence().id();
		// Exports are computed on each request from the live tables.
		wanted.frequency = "continuous";
		wanted.spatialZones = List.of("country:fr");
		wanted.spatialGranularity = "country";
		wanted.lastUpdate = lastUpdate.equals(Instant.EPOCH) ? (existing != null ? existing.lastUpdate() : now) : lastUpdate;
		wanted.lastModified = existing != null ? existing.lastModified() : now;
		List<Resource> current = existing == null ? List.of() : repository.resources(existing.id());
		List<Resource> desired = resources(source, wanted.id, schemaName, current, now);
		Dataset candidate = wanted.build();
		if (existing != null && sameMetadata(existing, candidate) && Resource.sameContent(current, desired)) {
			// New rows are not a change of the record: the date moves, nothing is audited.
			repository.setLastUpdate(existing.id(), candidate.lastUpdate());
			return false;
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
		audit.recordSystem(JOB, existing == null ? "dataset.create" : "dataset.update", Dataset.LINKABLE_TYPE,
				dataset.id().toString(), existing, dataset);
		return true;
	}

	private List<Resource> resources(OpenDataset source, UUID datasetId, String schemaName, List<Resource> current,
			Instant now) {
		String base = baseUrl + "/api/1/opendata/" + source.slug();
		List<Resource> list = new ArrayList<>();
		list.add(resource(current, datasetId, "Export CSV", "Toutes les lignes, en CSV (UTF-8, virgule).", "main",
				base + "/export.csv", "csv", "text/csv", schemaName, now));
		list.add(resource(current, datasetId, "Export JSON", "Toutes les lignes, en un tableau JSON.", "main",
				base + "/export.json", "json", "application/json", null, now));
		list.add(resource(current, datasetId, "Schéma des données (Table Schema)",
				"La description de chaque colonne : nom, type, obligation.", "documentation", base + "/schema.json",
				"json", "application/json", null, now));
		list.add(resource(current, datasetId, "API paginée", "Les lignes page par page, dans l'enveloppe de l'API de data.gouv.fr.",
				"api", base + "/rows", "json", "application/json", null, now));
		return list;
	}

	/** Keeps the id and dates of an existing resource with the same URL, so permalinks stay stable. */
	private static Resource resource(List<Resource> current, UUID datasetId, String title, String description,
			String type, String url, String format, String mime, String schemaName, Instant now) {
		Resource same = current.stream().filter(r -> r.url().equals(url)).findFirst().orElse(null);
		return new Resource(same != null ? same.id() : UUID.randomUUID(), datasetId, 0, title, description, "remote",
				type, url, null, format, mime, null, null, null, schemaName, null, null,
				same != null ? same.checkAvailable() : null, same != null ? same.checkStatus() : null,
				same != null ? same.checkDate() : null, same != null ? same.createdAt() : now,
				same != null ? same.lastModified() : now);
	}

	private static boolean sameMetadata(Dataset a, Dataset b) {
		return a.title().equals(b.title()) && a.description().equals(b.description()) && a.tags().equals(b.tags())
				&& a.licence().equals(b.licence()) && Objects.equals(a.frequency(), b.frequency())
				&& a.organisationId() == b.organisationId() && a.spatialZones().equals(b.spatialZones());
	}
}
