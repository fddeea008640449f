package fr.ouvert.kernel.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page template needs about the request: translations, the signed-in person, the CSRF
 * token, the navigation and the flash message. Built per request by {@link UiAdvice} and passed to
 * templates as {@code ui}.
 */
public final class Ui {

	/** Dates and times on pages are shown in the time zone of metropolitan France. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	/** An entry of the navigation as rendered: label already translated. */
	public record NavLink(String label, String description, String href, boolean current) {
	}

	private final MessageSource messages;
	private final Locale locale;
	private final String path;
	private final String query;
	private final Optional<CurrentUser> user;
	private final CsrfToken csrf;
	private final List<NavEntry> navigation;
	private final Map<String, ?> flash;

	Ui(MessageSource messages, Locale locale, String path, String query, Optional<CurrentUser> user, CsrfToken csrf,
			List<NavEntry> navigation, Map<String, ?> flash) {
		this.messages = messages;
		this.locale = locale;
		this.path = path;
		this.query = query;
		this.user = user;
		this.csrf = csrf;
		this.navigation = navigation;
		this.flash = flash;
	}

	/** The message for a key in the page's language; a missing key is a bug and fails loudly. */
	public String t(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	public String lang() {
		return locale.getLanguage();
	}

	public boolean english() {
		return "en".equals(lang());
	}

	public String path() {
		return path;
	}

	/** The current page in another language (keeps its query string). */
	public String languageUrl(String language) {
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", language).build().toUriString();
	}

	public Optional<CurrentUser> user() {
		return user;
	}

	public boolean signedIn() {
		return user.isPresent();
	}

	public boolean has(Role role) {
		return user.map(u -> u.has(role)).orElse(false);
	}

	public String csrfParameter() {
		return csrf == null ? "_csrf" : csrf.getParameterName();
	}

	public String csrfToken() {
		return csrf == null ? "" : csrf.getToken();
	}

	/** For {@code hx-headers} on the body, so that htmx requests carry the CSRF token. */
	public String htmxHeaders() {
		return csrf == null ? "{}" : "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}";
	}

	public List<NavLink> navigation() {
		return navigation.stream()
			.map(n -> new NavLink(t(n.labelKey()), t(n.descriptionKey()), n.path(),
					path.equals(n.path()) || path.startsWith(n.path() + "/")))
			.toList();
	}

	/**
	 * The one-time message left by the previous request (after a redirect), translated: the flash
	 * attribute {@code flash} holds a message key. {@code null} when there is none.
	 */
	public String flash() {
		Object key = flash.get("flash");
		return key == null ? null : t(key.toString());
	}

	/** Like {@link #flash()}, for a problem: the flash attribute {@code flashError}. */
	public String flashError() {
		Object key = flash.get("flashError");
		return key == null ? null : t(key.toString());
	}

	public String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
					.withLocale(locale)
					.withZone(ZONE)
					.format(instant);
	}

	/** ISO 8601 form for {@code <time datetime>}. */
	public String iso(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
	}
}
