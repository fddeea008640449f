package fr.ouvert.integrity.declarations.web;

import java.util.Locale;

import fr.ouvert.integrity.declarations.Declarations;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of the declarations: the search, and a person's page with every declaration. */
@Controller
class DeclarationsController {

	static final int PAGE_SIZE = 50;

	private final Declarations declarations;
	private final DeclarationViews views;

	DeclarationsController(Declarations declarations, DeclarationViews views) {
		this.declarations = declarations;
		this.views = views;
	}

	@GetMapping("/declarations")
	String search(@RequestParam(name = "q", required = false, defaultValue = "") String query,
			@RequestParam(name = "mandat", required = false, defaultValue = "") String mandate,
			@RequestParam(name = "page", required = false, defaultValue = "1") int page, Model model) {
		int current = Math.max(1, page);
		Declarations.SearchResult result = declarations.search(query, mandate, current, PAGE_SIZE);
		int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("view", new SearchView(query, mandate, declarations.mandates(), result, current, pages));
		return "integrity/declarations/search";
	}

	@GetMapping("/declarations/personnes/{slug}")
	String person(@PathVariable String slug, Model model) {
		Declarations.Person person = declarations.person(slug)
			.orElseThrow(() -> new NotFoundException("No declaring person " + slug));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("view", new PersonView(person, declarations.documents(person.id()),
				declarations.declarationsOf(person.id()).stream().map(d -> views.view(d, locale)).toList()));
		model.addAttribute("fmt", new Formats(locale));
		return "integrity/declarations/person";
	}
}
