package fr.ouvert.procurement.observatory.web;

import java.util.List;

import fr.ouvert.kernel.geo.FrenchTerritories;
import fr.ouvert.procurement.observatory.Aggregates;
import fr.ouvert.procurement.observatory.ContractFilters;
import fr.ouvert.procurement.observatory.ContractSearch;

/**
 * The search page: the filters, one page of results, the national totals.
 *
 * @param pageQuery the filters as a query string ending with {@code &}, for the pagination links
 */
public record SearchView(ContractFilters filters, ContractSearch.Result result, int page, int pageSize, String pageQuery,
		Aggregates.Totals national, List<Aggregates.YearTotals> nationalYears,
		List<FrenchTerritories.Departement> departements) {

	/** The DECP procedures, as the 2019 and 2022 formats spell them. */
	public static final List<String> PROCEDURES = List.of("Procédure adaptée", "Appel d'offres ouvert",
			"Appel d'offres restreint", "Procédure avec négociation", "Procédure négociée avec mise en concurrence préalable",
			"Procédure négociée sans publicité ni mise en concurrence préalable", "Marché passé sans publicité ni mise en concurrence préalable",
			"Dialogue compétitif", "Procédure concurrentielle avec négociation");

	public static final List<String> NATURES = List.of("Marché", "Marché de partenariat", "Marché de défense ou de sécurité",
			"Accord-cadre", "Marché subséquent", "Concession de travaux", "Concession de service",
			"Concession de service public", "Délégation de service public");
}
