package fr.ouvert.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the password post itself is handled by Spring Security. */
@Controller
class SignInController {

	private static final Set<String> PROBLEMS = Set.of("erreur", "non-confirme", "desactive", "erreur-fournisseur");

	private final List<String> providers = new ArrayList<>();

	SignInController(ObjectProvider<ClientRegistrationRepository> registrations) {
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			all.forEach(r -> providers.add(((ClientRegistration) r).getRegistrationId()));
		}
	}

	@GetMapping(SecurityConfig.SIGN_IN)
	String signIn(HttpServletRequest request, Model model) {
		String problem = PROBLEMS.stream().filter(p -> request.getParameter(p) != null).findFirst().orElse(null);
		model.addAttribute("problem", problem);
		model.addAttribute("providers", providers);
		return "account/signin";
	}
}
