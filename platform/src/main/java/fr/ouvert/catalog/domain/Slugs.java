package fr.ouvert.catalog.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** URL slugs from titles, as udata makes them: lower case, no accents, words joined by hyphens. */
public final class Slugs {

	private static final int MAX_LENGTH = 100;

	private Slugs() {
	}

	public static String of(String text) {
		String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "jeu" : slug;
	}

	/** The slug of the text, suffixed with -1, -2... until {@code taken} says it is free. */
	public static String unique(String text, Predicate<String> taken) {
		String base = of(text);
		String candidate = base;
		for (int i = 1; taken.test(candidate); i++) {
			candidate = base + "-" + i;
		}
		return candidate;
	}
}
