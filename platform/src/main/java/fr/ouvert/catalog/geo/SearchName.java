package fr.ouvert.catalog.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a name that suggestions compare: lower case, without accents, ligatures spelt out,
 * every run of characters other than letters and digits made one space. "Saint-Étienne",
 * "saint etienne" and "SAINT ÉTIENNE" all become {@code saint etienne}; "L'Haÿ-les-Roses" becomes
 * {@code l hay les roses}.
 */
final class SearchName {

	private SearchName() {
	}

	static String of(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
		// Decomposed, an accented letter is its base letter followed by combining marks, dropped below.
		String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
		StringBuilder name = new StringBuilder(decomposed.length());
		boolean separator = false;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (separator && !name.isEmpty()) {
					name.append(' ');
				}
				name.append(c);
				separator = false;
			}
			else {
				separator = true;
			}
		}
		return name.toString();
	}
}
