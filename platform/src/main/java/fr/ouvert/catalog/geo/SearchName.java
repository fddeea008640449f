package fr.ouvert.catalog.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a name that suggestions compare: lower case, without accents, ligatures spelt out,
 * every run of characters other than letters and digits made one space. "Saint-Étienne",
 * "saint etienne" and "SAINT ÉTIENNE" all become {@code saint etienne}; "L'Haÿ-les-Roses" becomes
 * {@code l hay les roses}.
 */
final class SearchName {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private SearchName() {
	}

	static String of(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
		String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		return SEPARATORS.matcher(unaccented).replaceAll(" ").trim();
	}
}
