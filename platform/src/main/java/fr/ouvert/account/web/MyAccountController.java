package fr.ouvert.account.web;

import fr.ouvert.kernel.security.CurrentUserSource;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class MyAccountController {

	private final CurrentUserSource users;

	MyAccountController(CurrentUserSource users) {
		this.users = users;
	}

	@GetMapping("/compte")
	String mine(Model model) {
		model.addAttribute("me", users.require());
		return "account/account";
	}
}
