package fr.ouvert.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.account.internal.Registration;
import fr.ouvert.account.internal.Registration.SignUpForm;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.kernel.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Citizen sign-up, e-mail confirmation and password reset. */
@Controller
class SignUpController {

	private final Registration registration;

	SignUpController(Registration registration) {
		this.registration = registration;
	}

	@GetMapping("/inscription")
	String form(Model model) {
		model.addAttribute("form", new SignUpForm("", "", "", "", false));
		model.addAttribute("errors", FormErrors.none());
		return "account/signup";
	}

	@PostMapping("/inscription")
	@RateLimited
	String signUp(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordConfirmation,
			@RequestParam(defaultValue = "false") boolean acceptTerms, Locale locale, Model model,
			HttpServletResponse response) {
		SignUpForm form = new SignUpForm(email, displayName, password, passwordConfirmation, acceptTerms);
		FormErrors errors = registration.signUp(form, locale);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("form", new SignUpForm(email, displayName, "", "", acceptTerms));
			model.addAttribute("errors", errors);
			return "account/signup";
		}
		return "redirect:/inscription/envoyee";
	}

	@GetMapping("/inscription/envoyee")
	String sent(Model model) {
		return message(model, "account.sent", true);
	}

	@GetMapping("/inscription/confirmation")
	String confirm(@RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
		boolean confirmed = registration.confirm(token);
		return message(model, confirmed ? "account.confirmed" : "account.invalidlink", confirmed);
	}

	@PostMapping("/inscription/renvoi")
	@RateLimited
	String resend(@RequestParam(defaultValue = "") String email, Locale locale) {
		registration.resendConfirmation(email, locale);
		return "redirect:/inscription/envoyee";
	}

	@GetMapping("/mot-de-passe-oublie")
	String forgot() {
		return "account/forgot";
	}

	@PostMapping("/mot-de-passe-oublie")
	@RateLimited
	String requestReset(@RequestParam(defaultValue = "") String email, Locale locale, Model model) {
		registration.requestPasswordReset(email, locale);
		return message(model, "account.resetsent", true);
	}

	@GetMapping("/mot-de-passe-oublie/nouveau")
	String resetForm(@RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
		if (!registration.isResetTokenValid(token)) {
			return message(model, "account.invalidlink", false);
		}
		model.addAttribute("token", token);
		model.addAttribute("errors", FormErrors.none());
		return "account/reset";
	}

	@PostMapping("/mot-de-passe-oublie/nouveau")
	@RateLimited
	String reset(@RequestParam(name = "jeton", defaultValue = "") String token,
			@RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordConfirmation, Model model, HttpServletResponse response) {
		FormErrors errors = registration.resetPassword(token, password, passwordConfirmation);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("token", token);
			model.addAttribute("errors", errors);
			return "account/reset";
		}
		return message(model, "account.resetdone", true);
	}

	private static String message(Model model, String key, boolean success) {
		model.addAttribute("key", key);
		model.addAttribute("success", success);
		return "account/message";
	}
}
