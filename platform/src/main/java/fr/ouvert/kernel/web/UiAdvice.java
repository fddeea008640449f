package fr.ouvert.kernel.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import fr.ouvert.kernel.security.CurrentUserSource;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link Ui} of the request in the model of every page. */
@ControllerAdvice
class UiAdvice {

	private final MessageSource messages;
	private final CurrentUserSource users;
	private final List<NavEntry> navigation;

	UiAdvice(MessageSource messages, CurrentUserSource users, List<OuvertModule> modules) {
		this.messages = messages;
		this.users = users;
		this.navigation = modules.stream()
			.sorted(Comparator.comparingInt(OuvertModule::order))
			.flatMap(m -> m.navigation().stream())
			.toList();
	}

	@ModelAttribute("ui")
	Ui ui(HttpServletRequest request) {
		return of(request);
	}

	Ui of(HttpServletRequest request) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return new Ui(messages, RequestContextUtils.getLocale(request), path, request.getQueryString(),
				users.current(), (CsrfToken) request.getAttribute(CsrfToken.class.getName()), navigation,
				flash == null ? Map.of() : flash);
	}
}
