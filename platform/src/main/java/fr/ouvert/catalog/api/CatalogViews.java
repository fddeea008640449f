package fr.ouvert.catalog.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.domain.Frequency;
import fr.ouvert.catalog.domain.Quality;
import fr.ouvert.catalog.domain.Resource;
import fr.ouvert.catalog.reuse.Reuse;
import fr.ouvert.catalog.reuse.Reuses;
import fr.ouvert.kernel.config.OuvertProperties;

import org.springframework.stereotype.Component;

/**
 * Turns catalog records into udata's JSON shapes, with absolute {@code page} (HTML) and
 * {@code uri} (API) links built on {@code ouvert.base-url}.
 */
@Component
class CatalogViews {

	static final String DATASET_PAGE = "/catalogue/jeux/";
	static final String ORGANIZATION_PAGE = "/catalogue/organisations/";
	static final String REUSE_PAGE = "/catalogue/reutilisations/";

	private final String baseUrl;
	private final DatasetRepository datasets;
	private final Organisations organisations;
	private final Reuses reuses;
	private final Clock clock;

	CatalogViews(OuvertProperties properties, DatasetRepository datasets, Organisations organisations, Reuses reuses,
			Clock clock) {
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
		this.datasets = datasets;
		this.organisations = organisations;
		this.reuses = reuses;
		this.clock = clock;
	}

	/** The organisation named by its id (digits) or its slug, as udata's {@code organization} parameter. */
	Optional<Organisation> organisation(String idOrSlug) {
		if (idOrSlug == null || idOrSlug.isBlank()) {
			return Optional.empty();
		}
		String key = idOrSlug.strip();
		return key.matches("[0-9]{1,18}") ? organisations.find(Long.parseLong(key)) : organisations.findBySlug(key);
	}

	DatasetJson dataset(Dataset dataset) {
		return datasets(List.of(dataset)).get(0);
	}

	/** Several datasets with their resources, organisations and reuse counts read in a few queries. */
	List<DatasetJson> datasets(List<Dataset> list) {
		List<UUID> ids = list.stream().map(Dataset::id).toList();
		Map<UUID, List<Resource>> resources = datasets.resources(ids);
		Map<UUID, Long> reuseCounts = reuses.countByDataset(ids);
		Map<Long, Organisation> orgs = organisations(list.stream().map(Dataset::organisationId).distinct().toList());
		Instant now = clock.instant();
		return list.stream()
			.map(d -> dataset(d, resources.getOrDefault(d.id(), List.of()), orgs.get(d.organisationId()),
					reuseCounts.getOrDefault(d.id(), 0L), now))
			.toList();
	}

	private DatasetJson dataset(Dataset d, List<Resource> resources, Organisation organisation, long reuseCount,
			Instant now) {
		Quality quality = Quality.of(d, resources, now);
		Map<String, Boolean> c = quality.criteria();
		DatasetJson.QualityJson qualityJson = new DatasetJson.QualityJson(met(c, "all_resources_available"),
				met(c, "dataset_description_quality"), met(c, "has_open_format"), quality.hasResources(),
				met(c, "license"), met(c, "resources_documentation"), quality.score(), met(c, "spatial"),
				met(c, "temporal_coverage"), met(c, "update_frequency"), met(c, "update_fulfilled_in_time"));
		Instant frequencyDate = Frequency.of(d.frequency())
			.flatMap(Frequency::delta)
			.filter(delta -> d.lastUpdate() != null)
			.map(delta -> d.lastUpdate().plus(delta))
			.orElse(null);
		DatasetJson.TemporalCoverage temporal = d.temporalStart() == null ? null
				: new DatasetJson.TemporalCoverage(d.temporalStart(), d.temporalEnd());
		DatasetJson.Spatial spatial = d.spatialZones().isEmpty() && d.spatialGranularity() == null ? null
				: new DatasetJson.Spatial(d.spatialZones(), d.spatialGranularity(), null);
		DatasetJson.Harvest harvest = d.harvestSourceId() == null ? null
				: new DatasetJson.Harvest(d.remoteId(), d.remoteUri(), d.harvestSourceId().toString());
		return new DatasetJson(d.id().toString(), d.title(), d.acronym(), d.slug(), d.description(), null,
				d.createdAt(), d.lastModified(), d.lastUpdate(), d.licence(), d.frequency(), frequencyDate, temporal,
				spatial, d.tags(), d.badges().stream().map(DatasetJson.Badge::new).toList(),
				organization(d.organisationId(), d.organisationName(), organisation), null, !d.isPublic(),
				d.archivedAt(), null, false, resources.stream().map(this::resource).toList(), qualityJson,
				new DatasetJson.Metrics(d.views(), d.downloads(), reuseCount, 0, 0, d.downloads()),
				baseUrl + d.path(), baseUrl + "/api/1/datasets/" + d.slug() + "/", Map.of(), harvest, null, List.of(),
				new DatasetJson.Internal(d.createdAt(), d.lastModified()));
	}

	private static boolean met(Map<String, Boolean> criteria, String key) {
		return criteria.getOrDefault(key, false);
	}

	ResourceJson resource(Resource r) {
		Map<String, Object> extras = new LinkedHashMap<>();
		if (r.checkAvailable() != null) {
			extras.put("check:available", r.checkAvailable());
		}
		if (r.checkStatus() != null) {
			extras.put("check:status", r.checkStatus());
		}
		if (r.checkDate() != null) {
			extras.put("check:date", r.checkDate());
		}
		ResourceJson.Checksum checksum = r.checksumValue() == null ? null
				: new ResourceJson.Checksum(r.checksumType(), r.checksumValue());
		ResourceJson.Schema schema = r.schemaName() == null ? null
				: new ResourceJson.Schema(r.schemaName(), r.schemaVersion());
		return new ResourceJson(r.id().toString(), r.title(), r.description(), r.filetype(), r.type(), r.format(),
				r.mime(), r.filesize(), checksum, absolute(r.url()), baseUrl + r.latest(), r.createdAt(),
				r.lastModified(), schema, extras, null, Map.of(),
				r.remoteId() == null ? null : new ResourceJson.Harvest(r.remoteId()),
				new DatasetJson.Internal(r.createdAt(), r.lastModified()));
	}

	OrganizationRef organization(long id, String name, Organisation organisation) {
		if (organisation == null) {
			return new OrganizationRef("Organization", Long.toString(id), name, null, null, null, null, null, null,
					List.of());
		}
		return new OrganizationRef("Organization", Long.toString(id), organisation.name(), organisation.slug(),
				organisation.acronym(), organisation.logoUrl(), organisation.logoUrl(),
				baseUrl + ORGANIZATION_PAGE + organisation.slug(),
				organizationUri(organisation), badges(organisation));
	}

	OrganizationJson organization(Organisation o, long datasetCount, long reuseCount) {
		return new OrganizationJson(Long.toString(o.id()), o.name(), o.acronym(), o.slug(), o.description(), o.website(),
				o.logoUrl(), o.logoUrl(),
				badges(o), o.siret(), null, Map.of(), new OrganizationJson.Metrics(datasetCount, reuseCount),
				baseUrl + ORGANIZATION_PAGE + o.slug(), organizationUri(o));
	}

	private String organizationUri(Organisation o) {
		return baseUrl + "/api/1/organizations/" + o.slug() + "/";
	}

	/** udata's {@code public-service} badge: every organisation of the directory is a public body but "other". */
	private static List<DatasetJson.Badge> badges(Organisation o) {
		return "other".equals(o.kind()) ? List.of() : List.of(new DatasetJson.Badge("public-service"));
	}

	List<ReuseJson> reuses(List<Reuse> list) {
		Map<UUID, Dataset> used = datasets
			.findAll(list.stream().flatMap(r -> r.datasetIds().stream()).distinct().toList())
			.stream()
			.filter(Dataset::isPublic)
			.collect(Collectors.toMap(Dataset::id, Function.identity()));
		Map<Long, Organisation> orgs = organisations(
				list.stream().map(Reuse::organisationId).filter(java.util.Objects::nonNull).distinct().toList());
		return list.stream().map(r -> reuse(r, used, orgs)).toList();
	}

	private ReuseJson reuse(Reuse r, Map<UUID, Dataset> used, Map<Long, Organisation> orgs) {
		List<ReuseJson.DatasetRef> refs = r.datasetIds()
			.stream()
			.map(used::get)
			.filter(java.util.Objects::nonNull)
			.map(d -> new ReuseJson.DatasetRef(d.id().toString(), d.title(), d.slug(), baseUrl + d.path(),
					baseUrl + "/api/1/datasets/" + d.slug() + "/"))
			.toList();
		OrganizationRef organization = r.organisationId() == null ? null
				: organization(r.organisationId(), r.organisationName(), orgs.get(r.organisationId()));
		return new ReuseJson(r.id().toString(), r.title(), r.slug(), r.description(), r.type(), r.url(), null, refs,
				organization, null, r.createdAt(), r.lastModified(), r.archivedAt(), false, List.of(),
				new ReuseJson.Metrics(refs.size()), baseUrl + REUSE_PAGE + r.slug(),
				baseUrl + "/api/1/reuses/" + r.slug() + "/");
	}

	private Map<Long, Organisation> organisations(Collection<Long> ids) {
		return organisations.findAll(ids).stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
	}

	/** Uploaded files have a path on the platform as their URL; remote resources a full address. */
	private String absolute(String url) {
		return url != null && url.startsWith("/") ? baseUrl + url : url;
	}
}
