package fr.ouvert.catalog.api;

import fr.ouvert.account.Organisations;
import fr.ouvert.catalog.domain.DatasetSearch;
import fr.ouvert.catalog.reuse.Reuses;
import fr.ouvert.kernel.config.OuvertProperties;
import fr.ouvert.kernel.opendata.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** udata's {@code /api/1/site/}: the catalog's size. */
@RestController
@Tag(name = "Catalogue : site")
class SiteApiController {

	/**
	 * @param datasets public datasets not archived
	 * @param resources their resources
	 * @param organizations organisations of the directory
	 * @param reuses reuses not archived
	 */
	record SiteMetrics(long datasets, long resources, long organizations, long reuses) {
	}

	record SiteJson(String id, String title, String uri, SiteMetrics metrics) {
	}

	private final DatasetSearch search;
	private final Reuses reuses;
	private final Organisations organisations;
	private final JdbcClient jdbc;
	private final String baseUrl;

	SiteApiController(DatasetSearch search, Reuses reuses, Organisations organisations, JdbcClient jdbc,
			OuvertProperties properties) {
		this.search = search;
		this.reuses = reuses;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	@GetMapping("/api/1/site")
	@Operation(summary = "Le site et la taille de son catalogue")
	SiteJson site() {
		long datasets = search.search(DatasetSearch.Query.all(), PageRequest.of(1, 1), false).total();
		long resources = jdbc.sql("""
				select count(*) from catalog_resource r join catalog_dataset d on d.id = r.dataset_id
				where d.visibility = 'public' and d.archived_at is null""").query(Long.class).single();
		return new SiteJson("ouvert", "Ouvert", baseUrl + "/api/1/site/",
				new SiteMetrics(datasets, resources, organisations.all().size(), reuses.count()));
	}
}
