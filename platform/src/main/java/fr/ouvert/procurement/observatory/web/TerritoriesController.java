package fr.ouvert.procurement.observatory.web;

import java.util.List;

import fr.ouvert.kernel.geo.FrenchTerritories;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.procurement.observatory.Aggregates;
import fr.ouvert.procurement.observatory.PrefecturePositions;
import fr.ouvert.procurement.observatory.Scope;
import fr.ouvert.procurement.observatory.TerritoryTotals;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The territories: every région and département with its figures, a département's page, a région's dashboard. */
@Controller
class TerritoriesController {

	private final TerritoryTotals totals;
	private final Aggregates aggregates;
	private final FrenchTerritories territories;
	private final PrefecturePositions positions;

	TerritoriesController(TerritoryTotals totals, Aggregates aggregates, FrenchTerritories territories,
			PrefecturePositions positions) {
		this.totals = totals;
		this.aggregates = aggregates;
		this.territories = territories;
		this.positions = positions;
	}

	@GetMapping("/marches-publics/territoires")
	String territories(Model model) {
		Figures fmt = ObservatoryController.figures();
		List<TerritoryTotals.Territory> departements = totals.departements();
		model.addAttribute("regions", totals.regions());
		model.addAttribute("departements", departements);
		model.addAttribute("unlocated", totals.unlocated());
		model.addAttribute("map", MapView.of(departements, positions, fmt));
		model.addAttribute("fmt", fmt);
		return "procurement/observatory/territories";
	}

	@GetMapping("/marches-publics/territoires/departements/{code}")
	String departement(@PathVariable String code, Model model) {
		FrenchTerritories.Departement departement = territories.departement(code)
			.orElseThrow(() -> new NotFoundException("No département " + code));
		FrenchTerritories.Region region = territories.region(departement.regionCode()).orElseThrow();
		Figures fmt = ObservatoryController.figures();
		model.addAttribute("view", view(false, code, departement.name(),
				new TerritoryTotals.Territory(region.code(), region.name(), null), List.of(code), List.of(), fmt));
		model.addAttribute("fmt", fmt);
		return "procurement/observatory/territory";
	}

	@GetMapping("/marches-publics/territoires/regions/{code}")
	String region(@PathVariable String code, Model model) {
		FrenchTerritories.Region region = territories.region(code).orElseThrow(() -> new NotFoundException("No région " + code));
		List<String> codes = territories.departementsOf(code).stream().map(FrenchTerritories.Departement::code).toList();
		List<TerritoryTotals.Territory> departements = totals.departements().stream()
			.filter(d -> codes.contains(d.code()))
			.toList();
		Figures fmt = ObservatoryController.figures();
		model.addAttribute("view", view(true, code, region.name(), null, codes, departements, fmt));
		model.addAttribute("fmt", fmt);
		return "procurement/observatory/territory";
	}

	private TerritoryView view(boolean region, String code, String name, TerritoryTotals.Territory parent,
			List<String> departementCodes, List<TerritoryTotals.Territory> departements, Figures fmt) {
		Scope scope = Scope.departements(departementCodes);
		List<Aggregates.YearTotals> years = totals.years(departementCodes);
		return new TerritoryView(region, code, name, parent, sum(years), years, aggregates.buyers(scope),
				aggregates.suppliers(scope), aggregates.cpvDivisions(scope), aggregates.procedures(scope),
				aggregates.contractFlags(scope), aggregates.flaggedContracts(scope), departements,
				MapView.of(departements, positions, fmt));
	}

	private static Aggregates.Totals sum(List<Aggregates.YearTotals> years) {
		Aggregates.Totals sum = new Aggregates.Totals(0, java.math.BigDecimal.ZERO, 0, java.math.BigDecimal.ZERO);
		for (Aggregates.YearTotals y : years) {
			sum = new Aggregates.Totals(sum.contracts() + y.totals().contracts(), sum.amount().add(y.totals().amount()),
					sum.frameworkContracts() + y.totals().frameworkContracts(),
					sum.frameworkAmount().add(y.totals().frameworkAmount()));
		}
		return sum;
	}
}
