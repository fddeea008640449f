package fr.ouvert.catalog.harvest;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags as udata keeps them: slugs (lower case, no accents, words joined by hyphens) of 3 to 96
 * characters, without duplicates, in their first order.
 */
public final class Tags {

	public static final int MIN_LENGTH = 3;
	public static final int MAX_LENGTH = 96;

	private Tags() {
	}

	public static String slug(String tag) {
		String ascii = Normalizer.normalize(tag, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	/**
	 * The slugs of the given tags; those too short or too long are left out and reported through
	 * {@code rejected}.
	 */
	public static List<String> normalize(Collection<String> tags, Collection<String> rejected) {
		Set<String> slugs = new LinkedHashSet<>();
		for (String tag : tags) {
			String slug = slug(tag);
			if (slug.length() < MIN_LENGTH || slug.length() > MAX_LENGTH) {
				rejected.add(tag);
			}
			else {
				slugs.add(slug);
			}
		}
		return List.copyOf(slugs);
	}
}
