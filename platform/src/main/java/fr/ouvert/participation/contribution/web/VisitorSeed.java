package fr.ouvert.participation.contribution.web;

import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The seed of a visitor's random order of proposals, kept in a cookie so that the order stays the
 * same from one page to the next and on return. It identifies nobody: it is drawn at random.
 */
final class VisitorSeed {

	static final String COOKIE = "ouvert_ordre";
	private static final SecureRandom RANDOM = new SecureRandom();

	private VisitorSeed() {
	}

	/** The visitor's seed, set in a cookie on the first visit. */
	static String of(HttpServletRequest request, HttpServletResponse response) {
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName()) && valid(cookie.getValue())) {
					return cookie.getValue();
				}
			}
		}
		String seed = fresh();
		Cookie cookie = new Cookie(COOKIE, seed);
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setMaxAge(30 * 24 * 3600);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		return seed;
	}

	static String fresh() {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	static boolean valid(String seed) {
		return seed != null && seed.matches("[A-Za-z0-9]{1,32}");
	}
}
