package fr.ouvert.procurement.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.kernel.opendata.CsvWriter;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.opendata.Paged;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.procurement.observatory.Aggregates;
import fr.ouvert.procurement.observatory.ContractDetail;
import fr.ouvert.procurement.observatory.ContractDetails;
import fr.ouvert.procurement.observatory.ContractFilters;
import fr.ouvert.procurement.observatory.ContractSearch;
import fr.ouvert.procurement.observatory.Parties;
import fr.ouvert.procurement.observatory.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The observatory's contracts, buyers and suppliers through the API (read only, open to all). */
@RestController
@RequestMapping("/api/1/procurement")
@Tag(name = "Marchés publics : contrats", description = "Les contrats de la commande publique (DECP consolidées), leurs acheteurs et titulaires")
class ContractsApiController {

	private final ContractSearch search;
	private final ContractDetails contracts;
	private final Aggregates aggregates;
	private final Parties parties;

	ContractsApiController(ContractSearch search, ContractDetails contracts, Aggregates aggregates, Parties parties) {
		this.search = search;
		this.contracts = contracts;
		this.aggregates = aggregates;
		this.parties = parties;
	}

	@GetMapping("/contracts")
	@Operation(summary = "Chercher des contrats", description = "Enveloppe paginée {data, page, page_size, total, next_page, "
			+ "previous_page}. Le total s'arrête à " + ContractSearch.MAX_RESULTS + " (au-delà : " + (ContractSearch.MAX_RESULTS + 1)
			+ ") et la pagination aussi : précisez les filtres, ou téléchargez tout le résultat en CSV.")
	Paged<ContractJson> list(@Parameter(description = "Acheteur : SIRET, SIREN (tous ses établissements) ou partie du nom (3 caractères au moins)") @RequestParam(required = false) String buyer,
			@Parameter(description = "Titulaire : identifiant publié (SIRET, TVA…), SIREN (tous ses établissements) ou partie du nom") @RequestParam(required = false) String supplier,
			@Parameter(description = "Début du code CPV, ex. 45 ou 4521") @RequestParam(required = false) String cpv,
			@Parameter(description = "Procédure, telle que publiée (sans distinction de casse)") @RequestParam(required = false) String procedure,
			@Parameter(description = "Nature, telle que publiée (sans distinction de casse)") @RequestParam(required = false) String nature,
			@Parameter(description = "Montant en vigueur minimal, en euros") @RequestParam(name = "amount_min", required = false) String amountMin,
			@Parameter(description = "Montant en vigueur maximal, en euros") @RequestParam(name = "amount_max", required = false) String amountMax,
			@Parameter(description = "Notifiés depuis cette date (AAAA-MM-JJ)") @RequestParam(required = false) String from,
			@Parameter(description = "Notifiés jusqu'à cette date incluse (AAAA-MM-JJ)") @RequestParam(required = false) String to,
			@Parameter(description = "Code INSEE du département du lieu d'exécution") @RequestParam(required = false) String departement,
			@Parameter(description = "date (le plus récent d'abord, par défaut) ou amount (le plus élevé d'abord)") @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize) {
		ContractFilters filters = ContractFilters.parse(buyer, supplier, cpv, procedure, nature, amountMin, amountMax, from,
				to, departement, sort);
		PageRequest request = PageRequest.of(page, pageSize);
		ContractSearch.Result result = search.search(filters, request);
		return Paged.of(result.contracts().stream().map(ContractJson::of).toList(), request, result.total(),
				ServletUriComponentsBuilder.fromCurrentRequest());
	}

	@GetMapping(path = "/contracts.csv", produces = "text/csv")
	@Operation(summary = "Télécharger les contrats cherchés (CSV)", description = "Mêmes filtres que la recherche, sans limite "
			+ "de nombre ; une ligne par contrat, ses titulaires séparés par « ; ». CSV RFC 4180, UTF-8.")
	void csv(@RequestParam(required = false) String buyer, @RequestParam(required = false) String supplier,
			@RequestParam(required = false) String cpv, @RequestParam(required = false) String procedure,
			@RequestParam(required = false) String nature, @RequestParam(name = "amount_min", required = false) String amountMin,
			@RequestParam(name = "amount_max", required = false) String amountMax, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String departement,
			@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
		ContractFilters filters = ContractFilters.parse(buyer, supplier, cpv, procedure, nature, amountMin, amountMax, from,
				to, departement, sort);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contrats.csv\"");
		Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
		CsvWriter csv = new CsvWriter(writer);
		csv.writeRow(ContractJson.CSV_COLUMNS);
		search.forEach(filters, c -> csv.writeRow(ContractJson.of(c).csvRow()));
		writer.flush();
	}

	@GetMapping(path = "/contracts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Un contrat : tous ses champs, ses versions et modifications, sa provenance et ses signaux d'alerte")
	ContractDetail contract(@PathVariable String id) {
		if (!id.matches("\\d{1,18}")) {
			throw new NotFoundException("No contract " + id);
		}
		return contracts.find(Long.parseLong(id)).orElseThrow(() -> new NotFoundException("No contract " + id));
	}

	@GetMapping("/buyers/{siret}")
	@Operation(summary = "Les chiffres d'un acheteur (SIRET, ou SIREN pour tous ses établissements)")
	PartyJson buyer(@PathVariable String siret) {
		if (!siret.matches("\\d{9}|\\d{14}")) {
			throw new NotFoundException("No buyer " + siret);
		}
		Scope scope = Scope.buyer(siret);
		return party(siret, parties.buyerName(siret).orElse(null), scope,
				siret.length() == 9 ? parties.buyerEstablishments(siret) : List.of(), parties.buyerFlags(siret),
				aggregates.suppliers(scope));
	}

	@GetMapping("/suppliers/{identifier}")
	@Operation(summary = "Les chiffres d'un titulaire (identifiant publié, ou SIREN pour tous ses établissements)")
	PartyJson supplier(@PathVariable String identifier) {
		Scope scope = Scope.supplier(identifier);
		return party(identifier, parties.supplierName(identifier).orElse(null), scope,
				Parties.isSiren(identifier) ? parties.supplierEstablishments(identifier) : List.of(),
				parties.supplierFlags(identifier), aggregates.buyers(scope));
	}

	private PartyJson party(String identifier, String name, Scope scope, List<Parties.Establishment> establishments,
			List<Parties.PartyFlag> flags, List<Aggregates.Share> partners) {
		List<Aggregates.YearTotals> years = aggregates.years(scope);
		if (years.isEmpty()) {
			throw new NotFoundException("No contract of " + identifier);
		}
		return new PartyJson(identifier, name, aggregates.totals(scope), years, aggregates.procedures(scope),
				aggregates.cpvDivisions(scope), partners, establishments, flags, aggregates.contractFlags(scope));
	}
}
