package fr.ouvert.catalog.web;

import java.util.List;
import java.util.Optional;

import fr.ouvert.catalog.domain.CatalogPermissions;
import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.reuse.Reuse;
import fr.ouvert.catalog.reuse.ReuseCommand;
import fr.ouvert.catalog.reuse.Reuses;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reuses: their page, and their declaration from the page of a dataset they use. */
@Controller
class ReusesController {

	private final Reuses reuses;
	private final DatasetRepository datasets;
	private final CatalogPermissions permissions;
	private final CurrentUserSource users;

	ReusesController(Reuses reuses, DatasetRepository datasets, CatalogPermissions permissions, CurrentUserSource users) {
		this.reuses = reuses;
		this.datasets = datasets;
		this.permissions = permissions;
		this.users = users;
	}

	@GetMapping("/catalogue/reutilisations/{slug}")
	String reuse(@PathVariable String slug, Model model) {
		Reuse reuse = reuses.find(slug).orElseThrow(() -> new NotFoundException("No reuse " + slug));
		List<Dataset> used = datasets.findAll(reuse.datasetIds()).stream().filter(Dataset::isPublic).toList();
		model.addAttribute("view", new ReusePage(reuse, used));
		return "catalog/reuse";
	}

	/** Anyone signed in declares a reuse of a public dataset; errors come back on the dataset page. */
	@PostMapping("/catalogue/jeux/{slug}/reutilisations")
	@RateLimited
	String declare(@PathVariable String slug, @RequestParam(name = "reuseTitle", defaultValue = "") String title,
			@RequestParam(name = "reuseUrl", defaultValue = "") String url, @RequestParam(defaultValue = "") String type,
			@RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
		CurrentUser user = users.require();
		Dataset dataset = datasets.find(slug)
			.filter(d -> permissions.canSee(Optional.of(user), d))
			.orElseThrow(() -> new NotFoundException("No dataset " + slug));
		Reuses.Outcome outcome = reuses.create(user,
				new ReuseCommand(title, description, url, type, List.of(dataset.id().toString()), null));
		if (!outcome.ok()) {
			redirect.addFlashAttribute("flashError", outcome.errors().all().values().iterator().next());
			return "redirect:" + dataset.path() + "#reutilisations";
		}
		redirect.addFlashAttribute("flash", "catalog.reuse.flash.created");
		return "redirect:" + dataset.path() + "#reutilisations";
	}
}
