package fr.ouvert.catalog.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.ouvert.account.Organisation;
import fr.ouvert.catalog.domain.CatalogPermissions;
import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.domain.DatasetSearch;
import fr.ouvert.catalog.domain.Frequency;
import fr.ouvert.kernel.opendata.Licence;
import fr.ouvert.catalog.domain.Resource;
import fr.ouvert.catalog.storage.ResourceStorage;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.opendata.Paged;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.kernel.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The catalog's datasets through udata's API v1, read side. */
@RestController
@RequestMapping("/api/1/datasets")
@Tag(name = "Catalogue : jeux de données", description = "Compatible avec l'API v1 de udata (data.gouv.fr)")
class DatasetApiController {

	private final DatasetSearch search;
	private final DatasetRepository repository;
	private final CatalogPermissions permissions;
	private final CurrentUserSource users;
	private final ResourceStorage storage;
	private final CatalogViews views;
	private final MessageSource messages;

	DatasetApiController(DatasetSearch search, DatasetRepository repository, CatalogPermissions permissions,
			CurrentUserSource users, ResourceStorage storage, CatalogViews views,
			MessageSource messages) {
		this.search = search;
		this.repository = repository;
		this.permissions = permissions;
		this.users = users;
		this.storage = storage;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Rechercher les jeux de données publics",
			description = "Recherche plein texte en français (racinisation, sans accents ; tous les mots doivent figurer), "
					+ "filtres et tris de l'API v1 de udata, enveloppe paginée {data, page, page_size, total, next_page, "
					+ "previous_page}. Avec le paramètre facets, l'enveloppe porte aussi facets : pour chaque facette, "
					+ "les valeurs {name, label, count} comptées sur tout le résultat, comme le service de recherche de "
					+ "udata (udata-search-service) les donne.")
	DatasetPage list(@Parameter(description = "Mots à chercher (tous)") @RequestParam(required = false) String q,
			@Parameter(description = "Tri : title, created, last_update, last_modified, views, downloads, quality, reuses ; préfixe - pour décroissant") @RequestParam(required = false) String sort,
			@Parameter(description = "Organisation : identifiant ou slug") @RequestParam(required = false) String organization,
			@Parameter(description = "Mot-clé ; répétable (tous doivent figurer)") @RequestParam(required = false) List<String> tag,
			@Parameter(description = "Identifiant de licence (voir /api/1/datasets/licenses/)") @RequestParam(required = false) String license,
			@Parameter(description = "Format d'une ressource, ex. csv") @RequestParam(required = false) String format,
			@Parameter(description = "Badge : spd, hvd") @RequestParam(required = false) String badge,
			@Parameter(description = "Nom d'un schéma suivi par une ressource") @RequestParam(required = false) String schema,
			@Parameter(description = "Zone couverte, ex. fr:departement:35") @RequestParam(required = false) String geozone,
			@Parameter(description = "Granularité spatiale") @RequestParam(required = false) String granularity,
			@Parameter(description = "Fréquence de mise à jour (voir /api/1/datasets/frequencies/)") @RequestParam(required = false) String frequency,
			@Parameter(description = "Intervalle que la couverture temporelle doit recouper : 2020-01-01/2020-12-31") @RequestParam(name = "temporal_coverage", required = false) String temporalCoverage,
			@Parameter(description = "Facettes à compter : all, ou des noms parmi organization, tag, license, format, badge, schema, geozone, frequency ; répétable") @RequestParam(required = false) List<String> facets,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		List<String> wantedFacets = facets(facets);
		Optional<Long> organisationId = views.organisation(organization).map(Organisation::id);
		if (organization != null && organisationId.isEmpty()) {
			return DatasetPage.of(Paged.of(List.of(), request, 0, ServletUriComponentsBuilder.fromCurrentRequest()),
					wantedFacets == null ? null : emptyFacets(wantedFacets));
		}
		DatasetSearch.Query query = new DatasetSearch.Query(q, organisationId.orElse(null), tag, license, format, badge,
				schema, geozone, frequency, granularity, temporalCoverage, sort, false);
		DatasetSearch.Result result = search.search(query, request, wantedFacets != null);
		Paged<DatasetJson> paged = Paged.of(views.datasets(result.datasets()), request, result.total(),
				ServletUriComponentsBuilder.fromCurrentRequest());
		if (wantedFacets == null) {
			return DatasetPage.of(paged, null);
		}
		Map<String, List<DatasetSearch.FacetValue>> selected = new LinkedHashMap<>();
		wantedFacets.forEach(f -> selected.put(f, result.facets().getOrDefault(f, List.of())));
		return DatasetPage.of(paged, selected);
	}

	@GetMapping("/{idOrSlug}")
	@Operation(summary = "Un jeu de données, par identifiant ou slug, avec ses ressources et son score de qualité",
			description = "Un jeu privé ou en brouillon n'est visible que de son organisation et des administrateurs (404 sinon).")
	DatasetJson dataset(@PathVariable String idOrSlug) {
		return views.dataset(visible(idOrSlug));
	}

	@GetMapping("/{idOrSlug}/resources/{resourceId}")
	@Operation(summary = "Une ressource d'un jeu de données")
	ResourceJson resource(@PathVariable String idOrSlug, @PathVariable String resourceId) {
		Dataset dataset = visible(idOrSlug);
		return views.resource(resourceOf(dataset, resourceId));
	}

	@GetMapping("/r/{resourceId}")
	@Operation(summary = "Lien permanent d'une ressource : redirige vers un lien distant ou envoie le fichier déposé",
			description = "Compte un téléchargement du jeu de données, comme /datasets/r/{id} de udata.")
	ResponseEntity<?> download(@PathVariable String resourceId) throws IOException {
		Resource resource = repository.resource(uuid(resourceId))
			.orElseThrow(() -> new NotFoundException("No resource " + resourceId));
		Dataset dataset = repository.find(resource.datasetId().toString())
			.filter(d -> permissions.canSee(users.current(), d))
			.orElseThrow(() -> new NotFoundException("No resource " + resourceId));
		repository.countDownload(dataset.id());
		if (resource.remote() || resource.storageKey() == null) {
			return ResponseEntity.status(302).location(URI.create(resource.url())).build();
		}
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
			.contentType(mediaType(resource.mime()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(resource), StandardCharsets.UTF_8).build().toString());
		if (resource.filesize() != null) {
			ok.contentLength(resource.filesize());
		}
		return ok.body(new InputStreamResource(storage.open(resource.storageKey())));
	}

	record LicenseJson(String id, String title, String url, List<String> alternateUrls, List<String> alternateTitles,
			String maintainer, Flags flags) {
		/** @param okdCompliant whether the licence is open (Open Definition) */
		record Flags(boolean okdCompliant, boolean generic) {
		}
	}

	@GetMapping("/licenses")
	@Operation(summary = "Les licences qu'un jeu de données peut porter, avec les identifiants de udata")
	List<LicenseJson> licenses() {
		return Arrays.stream(Licence.values())
			.map(l -> new LicenseJson(l.id(), l.title(), l.url(), List.of(), List.of(), null,
					new LicenseJson.Flags(l.open(), l.url() == null)))
			.toList();
	}

	@GetMapping("/frequencies")
	@Operation(summary = "Les fréquences de mise à jour, avec les codes de udata")
	List<LabelJson> frequencies() {
		return Arrays.stream(Frequency.values())
			.map(f -> new LabelJson(f.code(), label("catalog.api.frequency." + f.code())))
			.toList();
	}

	@GetMapping("/badges")
	@Operation(summary = "Les badges d'un jeu de données : code → libellé")
	Map<String, String> badges() {
		Map<String, String> badges = new LinkedHashMap<>();
		Dataset.BADGES.forEach(b -> badges.put(b, label("catalog.api.badge." + b)));
		return badges;
	}

	@GetMapping("/resource_types")
	@Operation(summary = "Les types de ressource, avec les codes de udata")
	List<LabelJson> resourceTypes() {
		return Resource.TYPES.stream().map(t -> new LabelJson(t, label("catalog.api.resourceType." + t))).toList();
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	/** A dataset the current visitor may see; others are answered 404, as if they did not exist. */
	private Dataset visible(String idOrSlug) {
		return repository.find(idOrSlug)
			.filter(d -> permissions.canSee(users.current(), d))
			.orElseThrow(() -> new NotFoundException("No dataset " + idOrSlug));
	}

	private Resource resourceOf(Dataset dataset, String resourceId) {
		return repository.resource(uuid(resourceId))
			.filter(r -> r.datasetId().equals(dataset.id()))
			.orElseThrow(() -> new NotFoundException("No resource " + resourceId + " in dataset " + dataset.slug()));
	}

	private static List<String> facets(List<String> asked) {
		if (asked == null) {
			return null;
		}
		List<String> names = asked.stream().flatMap(a -> Arrays.stream(a.split(","))).map(String::strip).toList();
		if (names.contains("all")) {
			return DatasetSearch.FACETS;
		}
		for (String name : names) {
			if (!DatasetSearch.FACETS.contains(name)) {
				throw new BadRequestException("facets", "must be all or among " + String.join(", ", DatasetSearch.FACETS));
			}
		}
		return names;
	}

	private static Map<String, List<DatasetSearch.FacetValue>> emptyFacets(List<String> names) {
		Map<String, List<DatasetSearch.FacetValue>> facets = new LinkedHashMap<>();
		names.forEach(n -> facets.put(n, List.of()));
		return facets;
	}

	static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("No resource " + value);
		}
	}

	private static MediaType mediaType(String mime) {
		try {
			return mime == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(mime);
		}
		catch (org.springframework.util.InvalidMimeTypeException e) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	/** The resource's title when it is a file name, else a name made from it and the format. */
	private static String fileName(Resource resource) {
		String title = resource.title().replaceAll("[\\\\/\\r\\n\"]", "_");
		if (title.matches(".*\\.[A-Za-z0-9]{1,10}") || resource.format() == null) {
			return title;
		}
		return title + "." + resource.format().toLowerCase(Locale.ROOT);
	}
}
