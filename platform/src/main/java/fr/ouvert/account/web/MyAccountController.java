package fr.ouvert.account.web;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.account.internal.ApiKeys;
import fr.ouvert.account.internal.OrganisationMembers;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class MyAccountController {

	private final CurrentUserSource users;
	private final ApiKeys apiKeys;
	private final OrganisationMembers members;

	MyAccountController(CurrentUserSource users, ApiKeys apiKeys, OrganisationMembers members) {
		this.users = users;
		this.apiKeys = apiKeys;
		this.members = members;
	}

	@GetMapping("/compte")
	String mine(Model model) {
		return page(users.require(), null, model);
	}

	/**
	 * Makes a new API key (replacing the previous one) and shows it in the answer itself, once:
	 * it is neither stored nor put in the session, and the page must not be cached.
	 */
	@PostMapping("/compte/cle-api")
	String issueApiKey(Model model, HttpServletResponse response) {
		CurrentUser me = users.require();
		String key = apiKeys.issue(me);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return page(me, key, model);
	}

	@PostMapping("/compte/cle-api/revocation")
	String revokeApiKey(RedirectAttributes redirect) {
		apiKeys.revoke(users.require());
		redirect.addFlashAttribute("flash", "account.apikey.revoked");
		return "redirect:/compte";
	}

	private String page(CurrentUser me, String newApiKey, Model model) {
		model.addAttribute("me", me);
		model.addAttribute("apiKey", apiKeys.info(me.id()).orElse(null));
		model.addAttribute("newApiKey", newApiKey);
		model.addAttribute("administersOrganisation", members.administersOne(me));
		return "account/account";
	}
}
