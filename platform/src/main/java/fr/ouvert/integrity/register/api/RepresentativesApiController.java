package fr.ouvert.integrity.register.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ouvert.integrity.register.domain.Identity;
import fr.ouvert.integrity.register.domain.RegisterQueries;
import fr.ouvert.integrity.register.domain.RegisterSearch;
import fr.ouvert.integrity.register.domain.Report;
import fr.ouvert.integrity.register.domain.RepresentativePage;
import fr.ouvert.integrity.register.web.SearchParameters;
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

/**
 * The register's API: the search with the page's filters (udata's envelope plus the linked facets' counts) and a
 * representative with its history, its reports and where each stands against its deadline.
 */
@RestController
@RequestMapping("/api/1/integrity/register")
@Tag(name = "Représentants d'intérêts", description = "Le répertoire des représentants d'intérêts et leurs rapports d'activité")
class RepresentativesApiController {

	private final RegisterSearch search;
	private final RegisterQueries queries;

	RepresentativesApiController(RegisterSearch search, RegisterQueries queries) {
		this.search = search;
		this.queries = queries;
	}

	/** A line of the search. */
	record RepresentativeSummary(long id, String denomination, String nationalId, String categoryCode, String city,
			Long latestExpenseLowerBound, String latestExpenseBracket, long activities, boolean lateReports,
			boolean missingReports, String page) {
	}

	/** udata's envelope, with each facet's values and counts (counted with the other filters applied). */
	record SearchResponse(List<RepresentativeSummary> data, int page, int pageSize, long total, String nextPage,
			String previousPage, Map<String, List<RegisterSearch.Count>> facets) {
	}

	record ReportJson(long id, LocalDate start, LocalDate end, LocalDate deadline, Instant filedAt, String status,
			String expenseBracket, Long expenseLowerBound, String turnoverBracket, java.math.BigDecimal staff,
			boolean noActivity, Integer declaredActivities, List<ActivityJson> activities) {
	}

	record ActivityJson(String sheetId, String object, List<String> fields, Instant publishedAt, List<Report.Action> actions) {
	}

	record RepresentativeJson(long id, int version, Instant firstPublishedAt, Instant updatedAt, Identity identity,
			List<RepresentativePage.VersionLine> versions, List<ReportJson> reports, long lateReports, long missingReports,
			List<RepresentativePage.NetworkLink> clientsRegistered, List<RepresentativePage.NetworkLink> consultancies) {
	}

	@GetMapping("/representatives")
	@Operation(summary = "Recherche des représentants d'intérêts, avec les filtres liés de la page /representants-interets")
	SearchResponse list(@Parameter(description = "Partie de la dénomination, ou identifiant national") @RequestParam(required = false) String q,
			@Parameter(description = "Code de catégorie (SOCOM, ASSOC, EPAIC…)") @RequestParam(required = false) String categorie,
			@Parameter(description = "Code de secteur (ENERGIE, SANTE…)") @RequestParam(required = false) String secteur,
			@Parameter(description = "Code du type de responsable public visé (voir le jeu representants-interets-types-responsables-publics)") @RequestParam(required = false) String responsable,
			@Parameter(description = "Type de décision concernée, libellé de la HATVP") @RequestParam(required = false) String decision,
			@Parameter(description = "Type d'action menée, libellé de la HATVP") @RequestParam(required = false) String action,
			@Parameter(description = "Année que couvre l'exercice") @RequestParam(required = false) String periode,
			@Parameter(description = "Borne basse de la tranche de dépenses, en euros") @RequestParam(required = false) String depense,
			@Parameter(description = "late (rapport en retard) ou missing (rapport manquant)") @RequestParam(required = false) String statut,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		RegisterSearch.Result result = search.search(
				SearchParameters.filters(q, categorie, secteur, responsable, decision, action, periode, depense, statut), request);
		Paged<RepresentativeSummary> paged = Paged.of(result.hits().stream().map(h -> new RepresentativeSummary(h.id(),
				h.denomination(), h.nationalId(), h.categoryCode(), h.city(), h.latestExpenseLower(), h.latestExpenseBracket(),
				h.activities(), h.late(), h.missing(), "/representants-interets/" + h.id())).toList(), request, result.total(),
				ServletUriComponentsBuilder.fromCurrentRequest());
		Map<String, List<RegisterSearch.Count>> facets = new LinkedHashMap<>();
		result.facets().forEach((facet, counts) -> facets.put(facet.name().toLowerCase(), counts));
		return new SearchResponse(paged.data(), paged.page(), paged.pageSize(), paged.total(), paged.nextPage(),
				paged.previousPage(), facets);
	}

	@GetMapping("/representatives/{id}")
	@Operation(summary = "Un représentant d'intérêts : inscription en vigueur, historique des versions, rapports et échéances")
	RepresentativeJson one(@PathVariable long id) {
		RepresentativePage page = queries.page(id).orElseThrow(() -> new NotFoundException("No representative " + id));
		List<ReportJson> reports = page.reports().stream().map(r -> new ReportJson(r.id(), r.start(), r.end(), r.deadline(),
				r.filedAt(), r.status().code(), r.expenseBracket(), r.expenseLower(), r.turnoverBracket(), r.staff(),
				r.noActivity(), r.declaredActivities(), r.activities().stream().map(a -> new ActivityJson(a.sheetId(),
						a.object(), a.fields(), a.publishedAt(), a.actions())).toList())).toList();
		long late = reports.stream().filter(r -> r.status().equals("late")).count();
		long missing = reports.stream().filter(r -> r.status().equals("missing")).count();
		return new RepresentativeJson(page.id(), page.version(), page.firstPublishedAt(), page.updatedAt(), page.identity(),
				page.versions(), reports, late, missing, page.clientsRegistered(), page.consultancies());
	}
}
