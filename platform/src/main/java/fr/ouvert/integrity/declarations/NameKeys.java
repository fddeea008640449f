package fr.ouvert.integrity.declarations;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How names are compared: the same person or company written with or without accents, hyphens, case. */
public final class NameKeys {

	private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]+");
	private static final Pattern SIREN_OR_SIRET = Pattern
		.compile("(?i)\\b(?:SIREN|SIRET|RCS)\\b[^0-9]{0,25}(\\d{3} ?\\d{3} ?\\d{3})(?: ?\\d{5})?(?!\\d)");

	private NameKeys() {
	}

	/** Upper case, without accents, punctuation or repeated spaces: "Crédit Agricole S.A." → "CREDIT AGRICOLE S A". */
	public static String of(String text) {
		if (text == null) {
			return "";
		}
		String plain = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return NOT_ALPHANUMERIC.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** The key of a person: {@code NOM|PRENOM}. */
	public static String person(String nom, String prenom) {
		return of(nom) + "|" + of(prenom);
	}

	/** HATVP's way of naming a person page: {@code nom-prenom}, lower case, without accents. */
	public static String slug(String nom, String prenom) {
		return (of(nom) + " " + of(prenom)).strip().toLowerCase(Locale.ROOT).replace(' ', '-');
	}

	/**
	 * The SIREN numbers a text gives after the word SIREN, SIRET or RCS: 9 digits (spaced by 3 or not), or the
	 * first 9 of a SIRET. A bare number is not taken: declarations are full of amounts of 9 digits.
	 */
	public static List<String> sirens(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = SIREN_OR_SIRET.matcher(text == null ? "" : text);
		while (matcher.find()) {
			String siren = matcher.group(1).replace(" ", "");
			if (!found.contains(siren)) {
				found.add(siren);
			}
		}
		return found;
	}
}
