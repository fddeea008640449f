package fr.ouvert.account.web;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.account.internal.FirstAdministrator;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /installation?jeton=…}: the first administrator, with the link printed at first start. */
@Controller
class InstallationController {

	private final FirstAdministrator firstAdministrator;

	InstallationController(FirstAdministrator firstAdministrator) {
		this.firstAdministrator = firstAdministrator;
	}

	@GetMapping("/installation")
	String form(@RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
		if (!firstAdministrator.installationOpen(token)) {
			throw new NotFoundException("No installation in progress for this token");
		}
		model.addAttribute("token", token);
		model.addAttribute("email", "");
		model.addAttribute("displayName", "");
		model.addAttribute("errors", FormErrors.none());
		return "account/install";
	}

	@PostMapping("/installation")
	@RateLimited
	String install(@RequestParam(name = "jeton", defaultValue = "") String token,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordConfirmation, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		FormErrors errors = firstAdministrator.install(token, email, displayName, password, passwordConfirmation);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("token", token);
			model.addAttribute("email", email);
			model.addAttribute("displayName", displayName);
			model.addAttribute("errors", errors);
			return "account/install";
		}
		redirect.addFlashAttribute("flash", "account.install.done");
		return "redirect:/connexion";
	}
}
