package fr.ouvert.procurement.flags.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.ouvert.procurement.flags.CardinalIndicator;
import fr.ouvert.procurement.flags.RedFlag;
import fr.ouvert.procurement.flags.RedFlagQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /marches-publics/signaux}: every red flag, its formula and how often it is raised; what DECP cannot give. */
@Controller
class FlagsController {

	private final RedFlagQueries queries;

	FlagsController(RedFlagQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/marches-publics/signaux")
	String catalogue(Model model) {
		Map<RedFlag, Long> counts = queries.counts();
		model.addAttribute("sections", Arrays.stream(RedFlag.Scope.values())
			.map(scope -> new FlagSection(scope, RedFlag.of(scope), counts))
			.toList());
		model.addAttribute("cardinal", List.of(CardinalIndicator.values()));
		return "procurement/flags/catalogue";
	}
}
