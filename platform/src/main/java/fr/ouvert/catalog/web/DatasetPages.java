package fr.ouvert.catalog.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.catalog.domain.CatalogPermissions;
import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.domain.DatasetSearch;
import fr.ouvert.kernel.opendata.Licence;
import fr.ouvert.catalog.domain.Quality;
import fr.ouvert.catalog.domain.Resource;
import fr.ouvert.catalog.geo.GeoZone;
import fr.ouvert.catalog.geo.GeoZones;
import fr.ouvert.catalog.reuse.Reuses;
import fr.ouvert.catalog.schema.ResourceValidation;
import fr.ouvert.catalog.storage.ResourceStorage;
import fr.ouvert.kernel.markdown.Markdown;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.tableschema.CsvRecordReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds what the catalog's templates show. */
@Component
class DatasetPages {

	private static final Logger log = LoggerFactory.getLogger(DatasetPages.class);

	/** Rows shown under the header in a CSV preview. */
	static final int PREVIEW_ROWS = 10;

	private final DatasetRepository repository;
	private final CatalogPermissions permissions;
	private final Organisations organisations;
	private final Markdown markdown;
	private final ResourceStorage storage;
	private final GeoZones geoZones;
	private final Reuses reuses;
	private final ResourceValidation validation;
	private final Clock clock;

	DatasetPages(DatasetRepository repository, CatalogPermissions permissions, Organisations organisations,
			Markdown markdown, ResourceStorage storage, GeoZones geoZones, Reuses reuses, ResourceValidation validation,
			Clock clock) {
		this.geoZones = geoZones;
		this.reuses = reuses;
		this.storage = storage;
		this.validation = validation;
		this.repository = repository;
		this.permissions = permissions;
		this.organisations = organisations;
		this.markdown = markdown;
		this.clock = clock;
	}

	/** Zone ids with their names, for facets and the dataset page. */
	Map<String, String> zoneLabels(java.util.Collection<String> ids) {
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, GeoZone> zones = geoZones.findAll(ids);
		ids.forEach(id -> labels.put(id, zones.containsKey(id) ? zones.get(id).label() : id));
		return labels;
	}

	SearchPage searchPage(DatasetSearch.Query query, String organisationParam, DatasetSearch.Result result,
			PageRequest page) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		put(params, "q", query.q());
		put(params, "organization", organisationParam);
		query.tags().forEach(t -> params.computeIfAbsent("tag", k -> new ArrayList<>()).add(t));
		put(params, "license", query.license());
		put(params, "format", query.format());
		put(params, "badge", query.badge());
		put(params, "schema", query.schema());
		put(params, "geozone", query.geozone());
		put(params, "frequency", query.frequency());
		put(params, "sort", query.sort());
		List<SearchPage.Card> cards = result.datasets().stream()
			.map(d -> new SearchPage.Card(d, excerpt(d.description()), Math.round(d.qualityScore() * Quality.MAX_SCORE)))
			.toList();
		List<SearchPage.Facet> facets = new ArrayList<>();
		Map<String, String> zones = zoneLabels(result.facets().getOrDefault("geozone", List.of()).stream()
			.map(DatasetSearch.FacetValue::name).toList());
		result.facets().forEach((name, values) -> {
			if (values.isEmpty()) {
				return;
			}
			String param = name.equals("organization") ? "organization" : name;
			List<SearchPage.FacetLink> links = values.stream().map(v -> {
				String value = name.equals("organization") ? organisationSlug(v.name()) : v.name();
				boolean active = params.getOrDefault(param, List.of()).contains(value);
				String label = name.equals("geozone") ? zones.get(v.name()) : label(name, v);
				return new SearchPage.FacetLink(label, v.count(), active,
						active ? url(params, param, value, false) : url(params, param, value, true));
			}).toList();
			facets.add(new SearchPage.Facet(name, links));
		});
		List<SearchPage.FacetLink> active = new ArrayList<>();
		params.forEach((name, values) -> {
			if (!name.equals("q") && !name.equals("sort")) {
				values.forEach(v -> active.add(new SearchPage.FacetLink(name + " : " + v, 0, true, url(params, name, v, false))));
			}
		});
		StringBuilder pageQuery = new StringBuilder();
		params.forEach((name, values) -> values.forEach(v -> pageQuery.append(encode(name)).append('=').append(encode(v)).append('&')));
		return new SearchPage(query.q() == null ? "" : query.q(), query.sort() == null ? "" : query.sort(), cards,
				result.total(), facets, active, page.page(), page.pageSize(), pageQuery.toString());
	}

	DatasetView datasetPage(Dataset dataset, Optional<CurrentUser> user) {
		List<Resource> resources = repository.resources(dataset.id());
		Quality quality = Quality.of(dataset, resources, clock.instant());
		Organisation organisation = organisations.find(dataset.organisationId()).orElse(null);
		List<ResourceView> views = resources.stream()
			.map(r -> new ResourceView(r, preview(r), validation.find(r.id()).orElse(null)))
			.toList();
		return new DatasetView(dataset, markdown.toHtml(dataset.description()), views, quality, organisation,
				dataset.licenceOrUnknown(), zoneLabels(dataset.spatialZones()), reuses.ofDataset(dataset.id()),
				permissions.canEdit(user, dataset));
	}

	/** The header and first rows of an uploaded CSV; nothing for links (no request leaves the page). */
	private List<List<String>> preview(Resource resource) {
		if (resource.storageKey() == null || !"csv".equals(resource.format())) {
			return List.of();
		}
		List<List<String>> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(storage.open(resource.storageKey()), StandardCharsets.UTF_8)) {
			CsvRecordReader csv = new CsvRecordReader(reader);
			for (List<String> row = csv.next(); row != null && rows.size() <= PREVIEW_ROWS; row = csv.next()) {
				rows.add(List.copyOf(row));
			}
		}
		catch (IOException | RuntimeException e) {
			log.warn("No preview for resource {}: {}", resource.id(), e.getMessage());
			return List.of();
		}
		return rows;
	}

	private String organisationSlug(String id) {
		return organisations.find(Long.parseLong(id)).map(Organisation::slug).orElse(id);
	}

	private static String label(String facet, DatasetSearch.FacetValue value) {
		return switch (facet) {
			case "license" -> Licence.of(value.name()).map(Licence::title).orElse(value.name());
			default -> value.label();
		};
	}

	private static void put(Map<String, List<String>> params, String name, String value) {
		if (value != null && !value.isBlank()) {
			params.put(name, new ArrayList<>(List.of(value)));
		}
	}

	/** The search URL with one value added or removed, back to page 1. */
	private static String url(Map<String, List<String>> params, String name, String value, boolean add) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/catalogue");
		params.forEach((n, values) -> values.stream()
			.filter(v -> add || !(n.equals(name) && v.equals(value)))
			.filter(v -> !add || !n.equals(name) || n.equals("tag"))
			.forEach(v -> builder.queryParam(n, v)));
		if (add) {
			builder.queryParam(name, value);
		}
		return builder.encode().build().toUriString();
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The first words of a Markdown description, without its markup, for result lists. */
	static String excerpt(String description) {
		String text = description == null ? "" : description.replaceAll("[#*_`>\\[\\]]+", "").replaceAll("\\(https?://[^)]*\\)", "")
			.replaceAll("\\s+", " ").strip();
		return text.length() <= 280 ? text : text.substring(0, text.lastIndexOf(' ', 280) > 0 ? text.lastIndexOf(' ', 280) : 280) + "…";
	}
}
