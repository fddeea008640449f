package fr.ouvert.catalog.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.catalog.domain.CatalogPermissions;
import fr.ouvert.catalog.harvest.HarvestSources;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation's harvest sources, for its agents: declare a remote catalog, run it, read the reports. */
@Controller
class HarvestController {

	private final HarvestSources sources;
	private final Organisations organisations;
	private final CatalogPermissions permissions;
	private final CurrentUserSource users;

	HarvestController(HarvestSources sources, Organisations organisations, CatalogPermissions permissions,
			CurrentUserSource users) {
		this.sources = sources;
		this.organisations = organisations;
		this.permissions = permissions;
		this.users = users;
	}

	@GetMapping("/catalogue/organisations/{slug}/moissonnage")
	String page(@PathVariable String slug, Model model) {
		Organisation organisation = allowed(slug);
		return page(model, organisation, FormErrors.none(), new String[] { "", "dcat", "" });
	}

	@PostMapping("/catalogue/organisations/{slug}/moissonnage")
	String create(@PathVariable String slug, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String backend, @RequestParam(defaultValue = "") String url, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Organisation organisation = allowed(slug);
		HarvestSources.Outcome outcome = sources.create(users.require(), organisation.id(), name, backend, url);
		if (!outcome.errors().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, organisation, outcome.errors(), new String[] { name, backend, url });
		}
		redirect.addFlashAttribute("flash", "catalog.harvest.flash.saved");
		return "redirect:/catalogue/organisations/" + slug + "/moissonnage";
	}

	@PostMapping("/catalogue/moissonnage/{id}/lancer")
	String run(@PathVariable long id, RedirectAttributes redirect) {
		HarvestSources.Source source = sources.find(id).orElseThrow(() -> new NotFoundException("No harvest source " + id));
		HarvestSources.Job job = sources.run(users.require(), id);
		redirect.addFlashAttribute(job.status().equals("failed") ? "flashError" : "flash",
				job.status().equals("failed") ? "catalog.harvest.flash.failed" : "catalog.harvest.flash.done");
		Organisation organisation = organisations.find(source.organisationId()).orElseThrow();
		return "redirect:/catalogue/organisations/" + organisation.slug() + "/moissonnage#source-" + id;
	}

	private Organisation allowed(String slug) {
		CurrentUser user = users.require();
		Organisation organisation = organisations.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("No organisation " + slug));
		if (!permissions.canPublishFor(Optional.of(user), organisation.id())) {
			throw new AccessDeniedException("Not an agent of " + slug);
		}
		return organisation;
	}

	private String page(Model model, Organisation organisation, FormErrors errors, String[] form) {
		List<HarvestPage.SourceView> views = sources.ofOrganisation(organisation.id())
			.stream()
			.map(s -> new HarvestPage.SourceView(s, sources.jobs(s.id(), 5)))
			.toList();
		model.addAttribute("view", new HarvestPage(organisation, views, errors, form[0], form[1], form[2]));
		return "catalog/harvest";
	}
}
