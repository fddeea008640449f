package fr.ouvert.procurement.observatory.web;

import java.util.List;
import java.util.Locale;

import fr.ouvert.kernel.geo.FrenchTerritories;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.procurement.observatory.Aggregates;
import fr.ouvert.procurement.observatory.ContractDetails;
import fr.ouvert.procurement.observatory.ContractFilters;
import fr.ouvert.procurement.observatory.ContractSearch;
import fr.ouvert.procurement.observatory.Parties;
import fr.ouvert.procurement.observatory.Scope;
import fr.ouvert.procurement.observatory.TerritoryTotals;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The observatory's pages: contract search with the national totals, contract, buyer and supplier pages. */
@Controller
class ObservatoryController {

	private final ContractSearch search;
	private final ContractDetails contracts;
	private final Aggregates aggregates;
	private final Parties parties;
	private final TerritoryTotals totals;
	private final FrenchTerritories territories;

	ObservatoryController(ContractSearch search, ContractDetails contracts, Aggregates aggregates, Parties parties,
			TerritoryTotals totals, FrenchTerritories territories) {
		this.search = search;
		this.contracts = contracts;
		this.aggregates = aggregates;
		this.parties = parties;
		this.totals = totals;
		this.territories = territories;
	}

	@GetMapping("/marches-publics")
	String search(@RequestParam(required = false) String buyer, @RequestParam(required = false) String supplier,
			@RequestParam(required = false) String cpv, @RequestParam(required = false) String procedure,
			@RequestParam(required = false) String nature, @RequestParam(name = "amount_min", required = false) String amountMin,
			@RequestParam(name = "amount_max", required = false) String amountMax, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String departement,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
		ContractFilters filters = ContractFilters.parse(buyer, supplier, cpv, procedure, nature, amountMin, amountMax, from,
				to, departement, sort);
		PageRequest pageRequest = PageRequest.of(page, PageRequest.DEFAULT_PAGE_SIZE);
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		filters.parameters().forEach(query::queryParam);
		String pageQuery = query.build().encode().getQuery();
		model.addAttribute("view", new SearchView(filters, search.search(filters, pageRequest), pageRequest.page(),
				pageRequest.pageSize(), pageQuery == null ? "" : pageQuery + "&", totals.national(), totals.nationalYears(),
				territories.departements()));
		model.addAttribute("fmt", figures());
		return "procurement/observatory/search";
	}

	@GetMapping("/marches-publics/contrats/{id}")
	String contract(@PathVariable String id, Model model) {
		if (!id.matches("\\d{1,18}")) {
			throw new NotFoundException("No contract " + id);
		}
		model.addAttribute("contract", contracts.find(Long.parseLong(id))
			.orElseThrow(() -> new NotFoundException("No contract " + id)));
		model.addAttribute("fmt", figures());
		return "procurement/observatory/contract";
	}

	@GetMapping("/marches-publics/acheteurs/{siret}")
	String buyer(@PathVariable String siret, Model model) {
		if (!siret.matches("\\d{9}|\\d{14}")) {
			throw new NotFoundException("No buyer " + siret);
		}
		Scope scope = Scope.buyer(siret);
		PartyView view = party(PartyView.Kind.BUYER, siret, parties.buyerName(siret).orElse(null), scope,
				siret.length() == 9 ? parties.buyerEstablishments(siret) : List.of(), parties.buyerFlags(siret),
				aggregates.suppliers(scope));
		model.addAttribute("view", view);
		model.addAttribute("fmt", figures());
		return "procurement/observatory/party";
	}

	@GetMapping("/marches-publics/titulaires/{identifier}")
	String supplier(@PathVariable String identifier, Model model) {
		Scope scope = Scope.supplier(identifier);
		PartyView view = party(PartyView.Kind.SUPPLIER, identifier, parties.supplierName(identifier).orElse(null), scope,
				Parties.isSiren(identifier) ? parties.supplierEstablishments(identifier) : List.of(),
				parties.supplierFlags(identifier), aggregates.buyers(scope));
		model.addAttribute("view", view);
		model.addAttribute("fmt", figures());
		return "procurement/observatory/party";
	}

	private PartyView party(PartyView.Kind kind, String identifier, String name, Scope scope,
			List<Parties.Establishment> establishments, List<Parties.PartyFlag> flags, List<Aggregates.Share> partners) {
		List<Aggregates.YearTotals> years = aggregates.years(scope);
		if (years.isEmpty()) {
			throw new NotFoundException("No contract of " + identifier);
		}
		return new PartyView(kind, identifier, name, aggregates.totals(scope), years, aggregates.procedures(scope),
				aggregates.cpvDivisions(scope), partners, establishments, flags, aggregates.contractFlags(scope),
				aggregates.flaggedContracts(scope), aggregates.latest(scope));
	}

	static Figures figures() {
		Locale locale = LocaleContextHolder.getLocale();
		return new Figures(locale);
	}
}
