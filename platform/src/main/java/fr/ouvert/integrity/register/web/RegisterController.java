package fr.ouvert.integrity.register.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.integrity.links.SirenLinks;
import fr.ouvert.integrity.register.domain.ActivityForm;
import fr.ouvert.integrity.register.domain.FileReport;
import fr.ouvert.integrity.register.domain.IdentityForm;
import fr.ouvert.integrity.register.domain.RegisterPermissions;
import fr.ouvert.integrity.register.domain.RegisterQueries;
import fr.ouvert.integrity.register.domain.RegisterRepresentative;
import fr.ouvert.integrity.register.domain.RegisterSearch;
import fr.ouvert.integrity.register.domain.ReportForm;
import fr.ouvert.integrity.register.domain.RepresentativePage;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register's pages: the search with linked filters, a representative's page, and the declarants' forms (register
 * an organisation, amend it, file a yearly report, add an activity to it).
 */
@Controller
class RegisterController {

	static final String PATH = "/representants-interets";
	static final int PAGE_SIZE = 20;

	private final RegisterSearch search;
	private final RegisterQueries queries;
	private final RegisterPermissions permissions;
	private final RegisterRepresentative registerRepresentative;
	private final FileReport fileReport;
	private final CurrentUserSource users;
	private final SirenLinks sirenLinks;

	RegisterController(RegisterSearch search, RegisterQueries queries, RegisterPermissions permissions,
			RegisterRepresentative registerRepresentative, FileReport fileReport, CurrentUserSource users,
			SirenLinks sirenLinks) {
		this.search = search;
		this.queries = queries;
		this.permissions = permissions;
		this.registerRepresentative = registerRepresentative;
		this.fileReport = fileReport;
		this.users = users;
		this.sirenLinks = sirenLinks;
	}

	/** Unknown filter values give no result rather than an error: the page always answers. */
	@GetMapping(PATH)
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String categorie,
			@RequestParam(required = false) String secteur, @RequestParam(required = false) String responsable,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String action,
			@RequestParam(required = false) String periode, @RequestParam(required = false) String depense,
			@RequestParam(required = false) String statut, @RequestParam(defaultValue = "1") int page, Model model) {
		RegisterSearch.Filters filters = SearchParameters.filters(q, categorie, secteur, responsable, decision, action,
				periode, depense, statut);
		model.addAttribute("view", new SearchView(filters, search.search(filters, PageRequest.of(Math.max(1, page), PAGE_SIZE)),
				Math.max(1, page), PAGE_SIZE));
		return "integrity/register/search";
	}

	@GetMapping(PATH + "/{id}")
	String representative(@PathVariable long id, Model model) {
		RepresentativePage page = queries.page(id).orElseThrow(() -> new NotFoundException("No representative " + id));
		model.addAttribute("page", page);
		model.addAttribute("canEdit", permissions.canEdit(users.current(), id));
		// A SIREN links the representative to its public contracts and to the declarations of interests naming it.
		model.addAttribute("links", "SIREN".equals(page.identity().nationalIdType())
				? sirenLinks.of(page.identity().nationalId(), page.identity().denomination()) : null);
		return "integrity/register/representative";
	}

	@GetMapping(PATH + "/inscription")
	String registrationForm(Model model) {
		return identityForm(model, null, IdentityForm.empty(), FormErrors.none());
	}

	@PostMapping(PATH)
	@RateLimited
	String register(IdentityForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		RegisterRepresentative.Outcome outcome = registerRepresentative.register(users.require(), form);
		if (outcome instanceof RegisterRepresentative.Rejected rejected) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return identityForm(model, null, form, rejected.errors());
		}
		redirect.addFlashAttribute("flash", "register.flash.registered");
		return "redirect:" + PATH + "/" + ((RegisterRepresentative.Saved) outcome).id();
	}

	@GetMapping(PATH + "/{id}/modifier")
	String amendForm(@PathVariable long id, Model model) {
		permissions.requireEdit(users.require(), id);
		return identityForm(model, id, IdentityForm.of(queries.identity(id).orElseThrow()), FormErrors.none());
	}

	@PostMapping(PATH + "/{id}/modifier")
	@RateLimited
	String amend(@PathVariable long id, IdentityForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		CurrentUser user = users.require();
		existing(id);
		RegisterRepresentative.Outcome outcome = registerRepresentative.amend(user, id, form);
		if (outcome instanceof RegisterRepresentative.Rejected rejected) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return identityForm(model, id, form, rejected.errors());
		}
		boolean changed = ((RegisterRepresentative.Saved) outcome).changed();
		redirect.addFlashAttribute("flash", changed ? "register.flash.amended" : "register.flash.unchanged");
		return "redirect:" + PATH + "/" + id;
	}

	@GetMapping(PATH + "/{id}/rapports/nouveau")
	String reportForm(@PathVariable long id, Model model) {
		permissions.requireEdit(users.require(), id);
		RepresentativePage page = existing(id);
		return reportPage(model, page, ReportForm.empty(page.identity().denomination()), FormErrors.none());
	}

	@PostMapping(PATH + "/{id}/rapports")
	@RateLimited
	String fileReport(@PathVariable long id, ReportFields form, ActivityForm activity, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		CurrentUser user = users.require();
		RepresentativePage page = existing(id);
		ReportForm posted = new ReportForm(form.start(), form.end(), form.expenseBracket(), form.turnoverBracket(),
				form.staff(), Boolean.TRUE.equals(form.noActivity()), form.comment(), activity);
		FileReport.Outcome outcome = fileReport.file(user, id, posted);
		if (outcome instanceof FileReport.Rejected rejected) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return reportPage(model, page, posted, rejected.errors());
		}
		redirect.addFlashAttribute("flash", "register.flash.filed");
		return "redirect:" + PATH + "/" + id + "#rapport-" + ((FileReport.Filed) outcome).exerciseId();
	}

	@GetMapping(PATH + "/rapports/{id}/activites/nouvelle")
	String activityForm(@PathVariable long id, Model model) {
		long representative = queries.representativeOfExercise(id).orElseThrow(() -> new NotFoundException("No report " + id));
		permissions.requireEdit(users.require(), representative);
		RepresentativePage page = existing(representative);
		return activityPage(model, page, id, ActivityForm.empty(page.identity().denomination()), FormErrors.none());
	}

	@PostMapping(PATH + "/rapports/{id}/activites")
	@RateLimited
	String addActivity(@PathVariable long id, ActivityForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		CurrentUser user = users.require();
		long representative = queries.representativeOfExercise(id).orElseThrow(() -> new NotFoundException("No report " + id));
		FileReport.Outcome outcome = fileReport.addActivity(user, id, form);
		if (outcome instanceof FileReport.Rejected rejected) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return activityPage(model, existing(representative), id, form, rejected.errors());
		}
		redirect.addFlashAttribute("flash", "register.flash.activityAdded");
		return "redirect:" + PATH + "/" + representative + "#rapport-" + id;
	}

	/** The report form's own fields, as posted (its activity's fields are bound apart). */
	record ReportFields(String start, String end, String expenseBracket, String turnoverBracket, String staff,
			Boolean noActivity, String comment) {
	}

	private RepresentativePage existing(long id) {
		return queries.page(id).orElseThrow(() -> new NotFoundException("No representative " + id));
	}

	private String identityForm(Model model, Long id, IdentityForm form, FormErrors errors) {
		Optional<CurrentUser> user = users.current();
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("declared", user.map(u -> queries.declaredBy(u.id())).orElse(List.of()));
		return "integrity/register/identity-form";
	}

	private String reportPage(Model model, RepresentativePage page, ReportForm form, FormErrors errors) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "integrity/register/report-form";
	}

	private String activityPage(Model model, RepresentativePage page, long exercise, ActivityForm form, FormErrors errors) {
		model.addAttribute("page", page);
		model.addAttribute("exercise", exercise);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "integrity/register/activity-form";
	}
}
