package fr.ouvert.catalog.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.kernel.opendata.Licence;

/**
 * Finds the licence meant by what a remote catalog says: an id ({@code cc-by}), a title
 * ("Licence Ouverte Version 2.0") or a URL. Like udata, an exact match on an id, title, URL or
 * known alias wins; otherwise the closest within a Damerau-Levenshtein distance of 2. URLs are
 * compared without scheme, {@code www.} and trailing slash.
 */
public final class LicenceGuesser {

	private static final int MAX_DISTANCE = 2;

	/** Fuzzy matching on shorter strings confuses ids such as cc-by and cc0. */
	private static final int MIN_FUZZY_LENGTH = 8;

	/** Other spellings seen in the wild: SPDX ids, CKAN ids, opendefinition.org and older URLs. */
	private static final Map<Licence, List<String>> ALIASES = Map.of(Licence.LICENCE_OUVERTE_2,
			List.of("Licence Ouverte Version 2.0", "Licence Ouverte v2.0", "Licence Ouverte 2.0", "Open Licence 2.0",
					"etalab-2.0", "https://spdx.org/licenses/etalab-2.0", "https://spdx.org/licenses/etalab-2.0.html",
					"https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf"),
			Licence.LICENCE_OUVERTE_1,
			List.of("Licence Ouverte Version 1.0", "Licence Ouverte v1.0", "Licence Ouverte 1.0", "Open Licence",
					"Licence Ouverte", "http://www.etalab.gouv.fr/pages/Licence_ouverte_Open_licence-5899923.html",
					"https://www.etalab.gouv.fr/licence-ouverte-open-licence-v1"),
			Licence.ODBL,
			List.of("odbl", "ODbL-1.0", "ODC-ODbL", "Open Database License", "https://opendatacommons.org/licenses/odbl/",
					"https://opendatacommons.org/licenses/odbl/1.0/", "http://www.opendefinition.org/licenses/odc-odbl"),
			Licence.CC_BY,
			List.of("CC-BY-4.0", "CC BY 4.0", "CC-BY", "Creative Commons Attribution 4.0 International",
					"http://www.opendefinition.org/licenses/cc-by", "https://creativecommons.org/licenses/by/"),
			Licence.CC_BY_SA,
			List.of("CC-BY-SA-4.0", "CC BY-SA 4.0", "CC-BY-SA", "Creative Commons Attribution-ShareAlike 4.0 International",
					"http://www.opendefinition.org/licenses/cc-by-sa", "https://creativecommons.org/licenses/by-sa/"),
			Licence.CC0,
			List.of("CC0-1.0", "CC0", "CC0 1.0", "Public Domain Dedication", "http://www.opendefinition.org/licenses/cc-zero",
					"https://creativecommons.org/publicdomain/zero/1.0/legalcode"),
			Licence.OTHER,
			List.of("other-at", "other-pd", "odc-by", "odc-pddl", "Other (Open)", "Other (Attribution)",
					"Other (Public Domain)", "Open Data Commons Attribution License",
					"Open Data Commons Public Domain Dedication and License"),
			Licence.NOT_SPECIFIED, List.of("License Not Specified", "License not specified", "notspecified"));

	private final List<Candidate> candidates = new ArrayList<>();

	public LicenceGuesser() {
		for (Licence licence : Licence.values()) {
			add(licence, licence.id());
			add(licence, licence.title());
			add(licence, licence.url());
			ALIASES.getOrDefault(licence, List.of()).forEach(alias -> add(licence, alias));
		}
	}

	private void add(Licence licence, String text) {
		if (text != null) {
			candidates.add(new Candidate(normalize(text), licence));
		}
	}

	/** The licence named by the first of the given values that names one. */
	public Optional<Licence> guess(String... values) {
		for (String value : values) {
			Optional<Licence> found = guessOne(value);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private Optional<Licence> guessOne(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String wanted = normalize(value);
		Candidate best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Candidate candidate : candidates) {
			if (candidate.text.equals(wanted)) {
				return Optional.of(candidate.licence);
			}
			if (wanted.length() >= MIN_FUZZY_LENGTH && candidate.text.length() >= MIN_FUZZY_LENGTH) {
				int distance = distance(wanted, candidate.text, bestDistance);
				if (distance < bestDistance) {
					best = candidate;
					bestDistance = distance;
				}
			}
		}
		return bestDistance <= MAX_DISTANCE ? Optional.of(best.licence) : Optional.empty();
	}

	static String normalize(String text) {
		String s = text.strip().toLowerCase(Locale.ROOT);
		s = s.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
		while (s.endsWith("/")) {
			s = s.substring(0, s.length() - 1);
		}
		return s;
	}

	/**
	 * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions
	 * and transpositions of neighbours), or a value above {@code cap} as soon as it cannot be less.
	 */
	static int distance(String a, String b, int cap) {
		if (Math.abs(a.length() - b.length()) > Math.min(cap, MAX_DISTANCE)) {
			return Integer.MAX_VALUE;
		}
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private record Candidate(String text, Licence licence) {
	}
}
