package fr.ouvert.account.web;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.account.internal.OrganisationMembers;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /compte/organisation}: an organisation's administrator manages its members (administrators, editors). */
@Controller
class OrganisationMembersController {

	private static final String PAGE = "/compte/organisation";

	private final OrganisationMembers members;
	private final CurrentUserSource users;

	OrganisationMembersController(OrganisationMembers members, CurrentUserSource users) {
		this.members = members;
		this.users = users;
	}

	@GetMapping(PAGE)
	String page(Model model) {
		return page(users.require(), FormErrors.none(), "", model);
	}

	@PostMapping(PAGE + "/membres")
	String add(@RequestParam(defaultValue = "") String email, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		CurrentUser me = users.require();
		FormErrors errors = members.add(me, email);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(me, errors, email, model);
		}
		redirect.addFlashAttribute("flash", "organisation.members.flash.added");
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/membres/{id}/role")
	String role(@PathVariable long id, @RequestParam(defaultValue = "") String role, RedirectAttributes redirect) {
		members.setRole(users.require(), id, role);
		redirect.addFlashAttribute("flash", "organisation.members.flash.changed");
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/membres/{id}/retrait")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		members.remove(users.require(), id);
		redirect.addFlashAttribute("flash", "organisation.members.flash.removed");
		return "redirect:" + PAGE;
	}

	private String page(CurrentUser me, FormErrors errors, String email, Model model) {
		long organisation = members.administered(me);
		model.addAttribute("organisationName", members.organisationName(organisation));
		model.addAttribute("members", members.members(me));
		model.addAttribute("meId", me.id());
		model.addAttribute("errors", errors);
		model.addAttribute("email", email);
		return "account/organisation-members";
	}
}
