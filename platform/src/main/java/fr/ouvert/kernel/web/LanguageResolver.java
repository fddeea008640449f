package fr.ouvert.kernel.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * French first, English second: the language chosen with the switch (kept in a cookie), else the
 * best of the browser's {@code Accept-Language} among the two, else French.
 */
class LanguageResolver implements LocaleResolver {

	static final String COOKIE = "ouvert_lang";
	/** The language just chosen, for the rest of the request that chose it (its cookie comes back only next time). */
	private static final String CHOSEN = LanguageResolver.class.getName() + ".chosen";
	static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
			return chosen;
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName())) {
					Locale chosen = supported(cookie.getValue());
					if (chosen != null) {
						return chosen;
					}
				}
			}
		}
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (best != null) {
					return best;
				}
			}
			catch (IllegalArgumentException malformed) {
				// An unreadable header gets the default language.
			}
		}
		return Locale.FRENCH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = locale == null ? null : supported(locale.getLanguage());
		request.setAttribute(CHOSEN, chosen);
		Cookie cookie = new Cookie(COOKIE, chosen == null ? "" : chosen.getLanguage());
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setMaxAge(chosen == null ? 0 : (int) Duration.ofDays(365).toSeconds());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	private static Locale supported(String language) {
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
	}
}
