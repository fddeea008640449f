package fr.ouvert.catalog.web;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.catalog.domain.DatasetSearch;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An organisation's catalog page: its public datasets and their average quality. */
@Controller
class CatalogOrganisationsController {

	private final Organisations organisations;
	private final DatasetSearch search;
	private final JdbcClient jdbc;

	CatalogOrganisationsController(Organisations organisations, DatasetSearch search, JdbcClient jdbc) {
		this.organisations = organisations;
		this.search = search;
		this.jdbc = jdbc;
	}

	@GetMapping("/catalogue/organisations/{slug}")
	String organisation(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
		Organisation organisation = organisations.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("No organisation " + slug));
		PageRequest request = PageRequest.of(page, PageRequest.DEFAULT_PAGE_SIZE);
		DatasetSearch.Result result = search.search(DatasetSearch.Query.all().withOrganisation(organisation.id()), request,
				false);
		double average = jdbc.sql("""
				select coalesce(avg(quality_score), 0) from catalog_dataset
				where organisation_id = :id and visibility = 'public' and archived_at is null""")
			.param("id", organisation.id())
			.query(Double.class)
			.single();
		model.addAttribute("view", new OrganisationPage(organisation, result, average, request.page(), request.pageSize()));
		return "catalog/organisation";
	}
}
