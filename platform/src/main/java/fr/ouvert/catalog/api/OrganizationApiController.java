package fr.ouvert.catalog.api;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.catalog.domain.DatasetSearch;
import fr.ouvert.catalog.reuse.Reuses;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.opendata.Paged;
import fr.ouvert.kernel.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The organisations that publish in the catalog, in udata's shape, without their members. */
@RestController
@RequestMapping("/api/1/organizations")
@Tag(name = "Catalogue : organisations", description = "Compatible avec l'API v1 de udata ; sans les membres (données personnelles)")
class OrganizationApiController {

	private final Organisations organisations;
	private final DatasetSearch search;
	private final Reuses reuses;
	private final CatalogViews views;

	OrganizationApiController(Organisations organisations, DatasetSearch search, Reuses reuses, CatalogViews views) {
		this.organisations = organisations;
		this.search = search;
		this.reuses = reuses;
		this.views = views;
	}

	@GetMapping
	@Operation(summary = "Les organisations, par nom")
	Paged<OrganizationJson> list(
			@Parameter(description = "Texte contenu dans le nom ou le sigle (sans tenir compte des accents)") @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		String wanted = q == null ? "" : folded(q);
		List<Organisation> matching = organisations.all()
			.stream()
			.filter(o -> folded(o.name()).contains(wanted) || (o.acronym() != null && folded(o.acronym()).contains(wanted)))
			.sorted(java.util.Comparator.comparing(o -> folded(o.name())))
			.toList();
		List<OrganizationJson> slice = matching.stream()
			.skip(request.offset())
			.limit(request.pageSize())
			.map(this::organization)
			.toList();
		return Paged.of(slice, request, matching.size(), ServletUriComponentsBuilder.fromCurrentRequest());
	}

	@GetMapping("/{idOrSlug}")
	@Operation(summary = "Une organisation, par identifiant ou slug, avec le nombre de ses jeux publics et réutilisations")
	OrganizationJson organization(@PathVariable String idOrSlug) {
		return organization(find(idOrSlug));
	}

	@GetMapping("/{idOrSlug}/datasets")
	@Operation(summary = "Les jeux de données publics d'une organisation, les plus récents d'abord")
	Paged<DatasetJson> datasets(@PathVariable String idOrSlug,
			@Parameter(description = "Tri, comme pour /api/1/datasets/") @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize) {
		Organisation organisation = find(idOrSlug);
		PageRequest request = PageRequest.of(page, pageSize);
		DatasetSearch.Query query = new DatasetSearch.Query(null, organisation.id(), List.of(), null, null, null, null,
				null, null, null, null, sort, false);
		DatasetSearch.Result result = search.search(query, request, false);
		return Paged.of(views.datasets(result.datasets()), request, result.total(),
				ServletUriComponentsBuilder.fromCurrentRequest());
	}

	private OrganizationJson organization(Organisation o) {
		long datasets = search.search(DatasetSearch.Query.all().withOrganisation(o.id()), PageRequest.of(1, 1), false)
			.total();
		return views.organization(o, datasets, reuses.countOfOrganisation(o.id()));
	}

	private Organisation find(String idOrSlug) {
		return views.organisation(idOrSlug).orElseThrow(() -> new NotFoundException("No organization " + idOrSlug));
	}

	private static String folded(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
	}
}
