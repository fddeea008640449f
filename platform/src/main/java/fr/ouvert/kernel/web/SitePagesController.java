package fr.ouvert.kernel.web;

import fr.ouvert.kernel.opendata.OpenDataCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the pages every State website must have (footer links). */
@Controller
class SitePagesController {

	private final OpenDataCatalog catalog;

	SitePagesController(OpenDataCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("datasetCount", catalog.all().size());
		return "kernel/home";
	}

	/** Every page reachable from the menu, as plain links: the way round the menu on small screens without JavaScript. */
	@GetMapping("/plan-du-site")
	String sitemap(Model model) {
		model.addAttribute("datasets", catalog.all());
		return "kernel/sitemap";
	}

	@GetMapping("/accessibilite")
	String accessibility(Model model) {
		return info(model, "accessibility");
	}

	@GetMapping("/mentions-legales")
	String legal(Model model) {
		return info(model, "legal");
	}

	@GetMapping("/donnees-personnelles")
	String privacy(Model model) {
		return info(model, "privacy");
	}

	@GetMapping("/cookies")
	String cookies(Model model) {
		return info(model, "cookies");
	}

	private static String info(Model model, String page) {
		model.addAttribute("page", page);
		return "kernel/info";
	}
}
