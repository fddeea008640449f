package fr.ouvert.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.catalog.domain.CatalogPermissions;
import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetCommand;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.domain.DatasetSearch;
import fr.ouvert.catalog.domain.Datasets;
import fr.ouvert.catalog.domain.ResourceCommand;
import fr.ouvert.comment.CommentThread;
import fr.ouvert.comment.Comments;
import fr.ouvert.comment.ThreadOptions;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalog's pages: search with facets, dataset, and the agents' forms to publish. */
@Controller
class DatasetsController {

	private final DatasetSearch search;
	private final DatasetRepository repository;
	private final Datasets datasets;
	private final CatalogPermissions permissions;
	private final Organisations organisations;
	private final Comments comments;
	private final DatasetPages pages;
	private final CurrentUserSource users;

	DatasetsController(DatasetSearch search, DatasetRepository repository, Datasets datasets,
			CatalogPermissions permissions, Organisations organisations, Comments comments, DatasetPages pages,
			CurrentUserSource users) {
		this.search = search;
		this.repository = repository;
		this.datasets = datasets;
		this.permissions = permissions;
		this.organisations = organisations;
		this.comments = comments;
		this.pages = pages;
		this.users = users;
	}

	@GetMapping("/catalogue")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String organization,
			@RequestParam(required = false) List<String> tag, @RequestParam(required = false) String license,
			@RequestParam(required = false) String format, @RequestParam(required = false) String badge,
			@RequestParam(required = false) String schema, @RequestParam(required = false) String geozone,
			@RequestParam(required = false) String frequency, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, Model model) {
		Long organisationId = organization == null || organization.isBlank() ? null
				: organisations.findBySlug(organization).map(Organisation::id)
					.orElseGet(() -> organization.matches("\\d{1,18}") ? Long.parseLong(organization) : -1L);
		DatasetSearch.Query query = new DatasetSearch.Query(Forms.blankToNull(q), organisationId,
				tag == null ? List.of() : tag, Forms.blankToNull(license), Forms.blankToNull(format),
				Forms.blankToNull(badge), Forms.blankToNull(schema), Forms.blankToNull(geozone),
				Forms.blankToNull(frequency), null, null, Forms.blankToNull(sort), false);
		PageRequest pageRequest = PageRequest.of(page, PageRequest.DEFAULT_PAGE_SIZE);
		DatasetSearch.Result result = search.search(query, pageRequest, true);
		model.addAttribute("view", pages.searchPage(query, organization, result, pageRequest));
		model.addAttribute("canPublish", permissions.canPublish(users.current()));
		return "catalog/search";
	}

	@GetMapping("/catalogue/jeux/{slug}")
	String dataset(@PathVariable String slug, @RequestParam(name = CommentThread.PAGE_PARAMETER, defaultValue = "1") int commentPage, Model model) {
		Optional<CurrentUser> user = users.current();
		Dataset dataset = repository.find(slug)
			.filter(d -> permissions.canSee(user, d))
			.orElseThrow(() -> new NotFoundException("No dataset " + slug));
		if (dataset.isPublic()) {
			repository.countView(dataset.id());
		}
		model.addAttribute("view", pages.datasetPage(dataset, user));
		model.addAttribute("thread", comments.thread(Dataset.LINKABLE_TYPE, dataset.id().toString(), user,
				ThreadOptions.PLAIN.onPage(commentPage)));
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("resourceForm", new ResourceCommand("", "", "main", "", "", ""));
		return "catalog/dataset";
	}

	@GetMapping("/catalogue/jeux/nouveau")
	String newDataset(Model model) {
		CurrentUser user = users.require();
		return form(model, user, null, emptyCommand(user), FormErrors.none());
	}

	@PostMapping("/catalogue/jeux/nouveau")
	String create(DatasetForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		CurrentUser user = users.require();
		DatasetCommand command = form.toCommand(permissions.canGrantBadges(Optional.of(user)));
		Datasets.Outcome outcome = datasets.create(user, command);
		if (!outcome.ok()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, user, null, command, outcome.errors());
		}
		redirect.addFlashAttribute("flash", "catalog.flash.created");
		return "redirect:" + outcome.dataset().path();
	}

	@GetMapping("/catalogue/jeux/{slug}/modifier")
	String edit(@PathVariable String slug, Model model) {
		CurrentUser user = users.require();
		Dataset dataset = editable(user, slug);
		return form(model, user, dataset, DatasetForm.commandOf(dataset), FormErrors.none());
	}

	@PostMapping("/catalogue/jeux/{slug}/modifier")
	String update(@PathVariable String slug, DatasetForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		CurrentUser user = users.require();
		Dataset dataset = editable(user, slug);
		DatasetCommand command = form.toCommand(permissions.canGrantBadges(Optional.of(user)));
		Datasets.Outcome outcome = datasets.update(user, dataset.id().toString(), command);
		if (!outcome.ok()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, user, dataset, command, outcome.errors());
		}
		redirect.addFlashAttribute("flash", "catalog.flash.updated");
		return "redirect:" + outcome.dataset().path();
	}

	@PostMapping("/catalogue/jeux/{slug}/archiver")
	String archive(@PathVariable String slug, RedirectAttributes redirect) {
		Dataset dataset = datasets.archive(users.require(), slug);
		redirect.addFlashAttribute("flash", "catalog.flash.archived");
		return "redirect:" + dataset.path();
	}

	/** One form for both kinds of resource: a file when one is sent, the URL otherwise. */
	@PostMapping("/catalogue/jeux/{slug}/ressources")
	String addResource(@PathVariable String slug, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "main") String type,
			@RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String format,
			@RequestParam(defaultValue = "") String schema, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		CurrentUser user = users.require();
		Dataset dataset = editable(user, slug);
		ResourceCommand command = new ResourceCommand(title, description, type, url, format, schema);
		Datasets.ResourceOutcome outcome;
		if (file != null && !file.isEmpty()) {
			try (InputStream content = file.getInputStream()) {
				outcome = datasets.addUploadedResource(user, slug, command, file.getOriginalFilename(),
						file.getContentType(), content);
			}
		}
		else {
			outcome = datasets.addRemoteResource(user, slug, command);
		}
		if (!outcome.ok()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("view", pages.datasetPage(dataset, Optional.of(user)));
			model.addAttribute("thread", comments.thread(Dataset.LINKABLE_TYPE, dataset.id().toString(), Optional.of(user)));
			model.addAttribute("errors", outcome.errors());
			model.addAttribute("resourceForm", command);
			return "catalog/dataset";
		}
		redirect.addFlashAttribute("flash", "catalog.flash.resourceAdded");
		return "redirect:" + dataset.path() + "#ressource-" + outcome.resource().id();
	}

	@PostMapping("/catalogue/jeux/{slug}/ressources/{id}/supprimer")
	String deleteResource(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
		CurrentUser user = users.require();
		Dataset dataset = editable(user, slug);
		datasets.deleteResource(user, slug, id);
		redirect.addFlashAttribute("flash", "catalog.flash.resourceDeleted");
		return "redirect:" + dataset.path() + "#ressources";
	}

	private Dataset editable(CurrentUser user, String slug) {
		Dataset dataset = repository.find(slug).orElseThrow(() -> new NotFoundException("No dataset " + slug));
		if (!permissions.canEdit(Optional.of(user), dataset)) {
			throw new AccessDeniedException("May not edit dataset " + slug);
		}
		return dataset;
	}

	private String form(Model model, CurrentUser user, Dataset dataset, DatasetCommand command, FormErrors errors) {
		List<Organisation> choices = user.has(Role.ADMIN) ? organisations.all()
				: user.organisationId() == null ? List.of()
						: organisations.find(user.organisationId()).map(List::of).orElse(List.of());
		if (dataset == null && choices.isEmpty()) {
			throw new AccessDeniedException("Only agents of an organisation publish datasets");
		}
		model.addAttribute("form", new DatasetFormView(dataset, command, choices, errors,
				permissions.canGrantBadges(Optional.of(user))));
		return "catalog/dataset-form";
	}

	private DatasetCommand emptyCommand(CurrentUser user) {
		return new DatasetCommand("", "", "", user.organisationId(), List.of(), "lov2", "", "", "", List.of(), "", null,
				"public");
	}

	/** The form's fields as posted; lists arrive as comma-separated text. */
	record DatasetForm(String title, String acronym, String description, Long organisation, String tags,
			String licence, String frequency, String temporalStart, String temporalEnd, String spatialZones,
			String spatialGranularity, List<String> badges, String visibility) {

		DatasetCommand toCommand(boolean withBadges) {
			return new DatasetCommand(title, acronym, description, organisation, split(tags), licence, frequency,
					temporalStart, temporalEnd, split(spatialZones), spatialGranularity,
					withBadges ? (badges == null ? List.of() : badges) : null, visibility);
		}

		static DatasetCommand commandOf(Dataset d) {
			return new DatasetCommand(d.title(), d.acronym() == null ? "" : d.acronym(), d.description(),
					d.organisationId(), d.tags(), d.licence(), d.frequency() == null ? "" : d.frequency(),
					d.temporalStart() == null ? "" : d.temporalStart().toString(),
					d.temporalEnd() == null ? "" : d.temporalEnd().toString(), d.spatialZones(),
					d.spatialGranularity() == null ? "" : d.spatialGranularity(), d.badges(), d.visibility());
		}

		private static List<String> split(String text) {
			return text == null ? List.of()
					: Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}
}
