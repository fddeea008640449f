package fr.ouvert.account.web.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.internal.Account;
import fr.ouvert.account.internal.AccountAdministration;
import fr.ouvert.account.internal.AccountAdministration.AccountChange;
import fr.ouvert.account.internal.AccountAdministration.OrganisationForm;
import fr.ouvert.account.internal.OrganisationStore;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.Role;
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

/** Administration of accounts and organisations ({@code /admin}, administrators only). */
@Controller
class AdminController {

	private static final int PAGE_SIZE = 50;

	private final AccountAdministration administration;
	private final OrganisationStore organisations;
	private final CurrentUserSource users;

	AdminController(AccountAdministration administration, OrganisationStore organisations, CurrentUserSource users) {
		this.administration = administration;
		this.organisations = organisations;
		this.users = users;
	}

	@GetMapping("/admin")
	String home() {
		return "account/admin/home";
	}

	@GetMapping("/admin/utilisateurs")
	String accounts(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer page,
			Model model) {
		PageRequest request = PageRequest.of(page, PAGE_SIZE);
		model.addAttribute("q", q);
		model.addAttribute("accounts", administration.search(q.trim(), PAGE_SIZE, request.offset()));
		model.addAttribute("total", administration.count(q.trim()));
		model.addAttribute("page", request.page());
		model.addAttribute("pageSize", PAGE_SIZE);
		return "account/admin/accounts";
	}

	@GetMapping("/admin/utilisateurs/{id}")
	String account(@PathVariable long id, Model model) {
		return accountForm(model, find(id), FormErrors.none());
	}

	@PostMapping("/admin/utilisateurs/{id}")
	String change(@PathVariable long id, @RequestParam(name = "roles", required = false) List<Role> roles,
			@RequestParam(required = false) Long organisationId,
			@RequestParam(defaultValue = "false") boolean organisationAdmin, @RequestParam(defaultValue = "false") boolean enabled,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Set<Role> chosen = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		FormErrors errors = administration.change(users.require(), id,
				new AccountChange(chosen, organisationId, organisationAdmin, enabled));
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return accountForm(model, find(id), errors);
		}
		redirect.addFlashAttribute("flash", "admin.flash.saved");
		return "redirect:/admin/utilisateurs/" + id;
	}

	@GetMapping("/admin/organisations")
	String organisations(Model model) {
		return organisationList(model, new OrganisationForm("", "", "", "ministry", "", "", "", ""), FormErrors.none());
	}

	@PostMapping("/admin/organisations")
	String createOrganisation(@RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String acronym, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String siret, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String website, @RequestParam(defaultValue = "") String logoUrl, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		OrganisationForm form = new OrganisationForm(slug, name, acronym, kind, siret, description, website, logoUrl);
		FormErrors errors = administration.createOrganisation(users.require(), form);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return organisationList(model, form, errors);
		}
		redirect.addFlashAttribute("flash", "admin.flash.saved");
		return "redirect:/admin/organisations";
	}

	@GetMapping("/admin/organisations/{id}")
	String organisation(@PathVariable long id, Model model) {
		Organisation organisation = organisations.find(id).orElseThrow(() -> new NotFoundException("No organisation " + id));
		return organisationForm(model, organisation, new OrganisationForm(organisation.slug(), organisation.name(),
				organisation.acronym(), organisation.kind(), organisation.siret(), organisation.description(),
				organisation.website(), organisation.logoUrl()), FormErrors.none());
	}

	@PostMapping("/admin/organisations/{id}")
	String updateOrganisation(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String acronym, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String siret, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String website, @RequestParam(defaultValue = "") String logoUrl, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Organisation organisation = organisations.find(id).orElseThrow(() -> new NotFoundException("No organisation " + id));
		OrganisationForm form = new OrganisationForm(organisation.slug(), name, acronym, kind, siret, description, website,
				logoUrl);
		FormErrors errors = administration.updateOrganisation(users.require(), id, form);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return organisationForm(model, organisation, form, errors);
		}
		redirect.addFlashAttribute("flash", "admin.flash.saved");
		return "redirect:/admin/organisations/" + id;
	}

	private Account find(long id) {
		return administration.find(id).orElseThrow(() -> new NotFoundException("No account " + id));
	}

	private String accountForm(Model model, Account account, FormErrors errors) {
		model.addAttribute("account", account);
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("errors", errors);
		return "account/admin/account";
	}

	private String organisationList(Model model, OrganisationForm form, FormErrors errors) {
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "account/admin/organisations";
	}

	private static String organisationForm(Model model, Organisation organisation, OrganisationForm form,
			FormErrors errors) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "account/admin/organisation";
	}
}
