package fr.ouvert.procurement.observatory.web;

import java.util.List;

import fr.ouvert.procurement.observatory.Aggregates;
import fr.ouvert.procurement.observatory.ContractSummary;
import fr.ouvert.procurement.observatory.TerritoryTotals;

/**
 * A département's page or a région's dashboard: its totals per year, its main buyers and suppliers, sectors,
 * procedures and red flags; for a région, its départements too.
 *
 * @param parent the région of a département ({@code null} for a région)
 * @param departements the départements of a région, with their totals (empty for a département)
 */
public record TerritoryView(boolean region, String code, String name, TerritoryTotals.Territory parent,
		Aggregates.Totals totals, List<Aggregates.YearTotals> years, List<Aggregates.Share> buyers,
		List<Aggregates.Share> suppliers, List<Aggregates.Share> sectors, List<Aggregates.Share> procedures,
		List<Aggregates.FlagCount> contractFlags, List<ContractSummary> flaggedContracts,
		List<TerritoryTotals.Territory> departements, MapView map) {
}
