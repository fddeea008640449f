package fr.ouvert.catalog.dcat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.domain.DatasetSearch;
import fr.ouvert.catalog.domain.Resource;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.kernel.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog in DCAT-AP, as udata serves it: the whole site and each organisation, in pages
 * (100 datasets by default) linked with Hydra, as JSON-LD (default), Turtle or RDF/XML, chosen by
 * extension or {@code Accept}.
 */
@RestController
@Tag(name = "Catalogue — DCAT")
class DcatController {

	private static final int DEFAULT_PAGE_SIZE = 100;

	private final DatasetSearch search;
	private final DatasetRepository repository;
	private final Organisations organisations;
	private final CatalogDescriptions descriptions;

	DcatController(DatasetSearch search, DatasetRepository repository, Organisations organisations,
			CatalogDescriptions descriptions) {
		this.search = search;
		this.repository = repository;
		this.organisations = organisations;
		this.descriptions = descriptions;
	}

	@GetMapping({ "/api/1/site/catalog", "/api/1/site/catalog.{extension}" })
	@Operation(summary = "Le catalogue entier en DCAT-AP (pages de 100, liens Hydra)")
	void site(@PathVariable(required = false) String extension, @RequestParam(required = false) Integer page,
			@RequestParam(name = "page_size", required = false) Integer pageSize,
			@RequestHeader(name = "Accept", required = false) String accept, HttpServletResponse response)
			throws IOException {
		write(DatasetSearch.Query.all(), "/api/1/site/catalog", "Ouvert — catalogue des données ouvertes",
				"Ouvert — plateforme du gouvernement ouvert", "/catalogue", extension, page, pageSize, accept, response);
	}

	@GetMapping({ "/api/1/organizations/{organization}/catalog", "/api/1/organizations/{organization}/catalog.{extension}" })
	@Operation(summary = "Le catalogue d'une organisation en DCAT-AP (pages de 100, liens Hydra)")
	void organisation(@PathVariable String organization, @PathVariable(required = false) String extension,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize,
			@RequestHeader(name = "Accept", required = false) String accept, HttpServletResponse response)
			throws IOException {
		Organisation o = organisations.findBySlug(organization)
			.or(() -> organization.matches("\\d{1,18}") ? organisations.find(Long.parseLong(organization))
					: java.util.Optional.empty())
			.orElseThrow(() -> new NotFoundException("No organization " + organization));
		write(DatasetSearch.Query.all().withOrganisation(o.id()), "/api/1/organizations/" + o.slug() + "/catalog",
				o.name() + " — catalogue", o.name(), "/catalogue/organisations/" + o.slug(), extension, page, pageSize,
				accept, response);
	}

	private void write(DatasetSearch.Query query, String path, String title, String publisher, String homepage,
			String extension, Integer page, Integer pageSize, String accept, HttpServletResponse response)
			throws IOException {
		RdfFormat format = extension != null
				? RdfFormat.ofExtension(extension)
					.orElseThrow(() -> new BadRequestException("format", "must be ttl, rdf, xml, jsonld or json"))
				: negotiate(accept);
		PageRequest request = PageRequest.of(page, pageSize == null ? DEFAULT_PAGE_SIZE : pageSize);
		DatasetSearch.Query byCreation = new DatasetSearch.Query(null, query.organisationId(), List.of(), null, null, null,
				null, null, null, null, null, "created", false);
		DatasetSearch.Result result = search.search(byCreation, request, false);
		Map<UUID, List<Resource>> resources = repository.resources(result.datasets().stream().map(Dataset::id).toList());
		String base = descriptions.absolute(path + (extension != null ? "." + extension : ""));
		CatalogPage catalogPage = new CatalogPage(descriptions.absolute(path), title, null, publisher,
				descriptions.absolute(homepage),
				result.datasets().stream().map(d -> descriptions.of(d, resources.getOrDefault(d.id(), List.of()))).toList(),
				request.page(), request.pageSize(), result.total(),
				n -> base + "?page=" + n + "&page_size=" + request.pageSize());
		response.setContentType(format.mediaType() + ";charset=UTF-8");
		DcatWriter.write(catalogPage, format, response.getOutputStream());
	}

	/** udata answers JSON-LD unless Turtle or RDF/XML is asked for. */
	private static RdfFormat negotiate(String accept) {
		if (accept != null) {
			for (String type : accept.split(",")) {
				java.util.Optional<RdfFormat> format = RdfFormat.ofMediaType(type);
				if (format.isPresent()) {
					return format.get();
				}
			}
		}
		return RdfFormat.JSON_LD;
	}
}
