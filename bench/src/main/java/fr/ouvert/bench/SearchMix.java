package fr.ouvert.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import fr.ouvert.bench.CatalogGenerator.Organisation;
import fr.ouvert.bench.CatalogVocabulary.Theme;

/**
 * The queries of the load: 1–3 words from the catalogue's vocabulary, as people type them (with
 * or without accents, some capitalised), a third of them with one facet filter. Kinds, by share:
 * a popular word that matches 10,000 datasets or more (20 %), a popular word and a theme word
 * (10 %), one or two words of a theme (30 %), a theme word and a place (15 %), three words of one
 * title (10 %), a rare word matching a handful of datasets (15 %).
 */
final class SearchMix {

	/** Words in most descriptions (the common sentences): each matches 10,000+ datasets. */
	static final List<String> POPULAR = List.of("données", "fichier", "donnees", "jour", "licence", "documentation",
			"service", "API", "champs", "dates");

	private static final String[] KINDS = { "popular", "popular+theme", "theme", "theme+place", "three-words", "rare" };
	private static final double[] KIND_WEIGHTS = { 20, 10, 30, 15, 10, 15 };
	private static final String[] FILTERS = { "tag", "organization", "format", "license" };
	private static final double[] FILTER_WEIGHTS = { 40, 25, 20, 15 };
	private static final List<String> FORMATS = List.of("csv", "json", "pdf", "xlsx", "zip", "geojson", "shp", "xml");
	private static final String[] LICENCES = { "lov2", "odc-odbl", "cc-by", "notspecified" };

	/**
	 * One request: its kind (for the per-kind figures), the words, the filter if any, and the path
	 * and query string to send.
	 */
	record Request(String kind, String q, String filter, String path) {
	}

	private final String urlTemplate;
	private final CatalogGenerator catalog;
	private final ZipfSampler organisations;
	private final ZipfSampler themes;
	private final Random random;

	SearchMix(String urlTemplate, CatalogGenerator catalog, long seed) {
		this.urlTemplate = urlTemplate;
		this.catalog = catalog;
		this.organisations = new ZipfSampler(catalog.organisations().stream().mapToDouble(Organisation::datasets).toArray());
		this.themes = new ZipfSampler(CatalogVocabulary.THEMES.stream().mapToDouble(Theme::weight).toArray());
		this.random = new Random(seed);
	}

	List<Request> next(int count) {
		List<Request> requests = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			requests.add(next());
		}
		return requests;
	}

	Request next() {
		String kind = KINDS[ZipfSampler.weighted(KIND_WEIGHTS, random)];
		Theme theme = CatalogVocabulary.THEMES.get(themes.next(random));
		List<String> titleWords = words(theme.subjects().get(random.nextInt(theme.subjects().size())));
		String q = switch (kind) {
			case "popular" -> pick(POPULAR);
			case "popular+theme" -> pick(POPULAR) + " " + pick(titleWords);
			case "theme" -> random.nextBoolean() || titleWords.size() < 2 ? pick(titleWords)
					: String.join(" ", titleWords.subList(0, 2));
			case "theme+place" -> pick(titleWords) + " "
					+ CatalogVocabulary.COMMUNES.get(random.nextInt(CatalogVocabulary.COMMUNES.size()))[0];
			case "three-words" -> String.join(" ", titleWords.subList(0, Math.min(3, titleWords.size())));
			default -> pick(CatalogVocabulary.RARE_WORDS);
		};
		if (random.nextInt(4) == 0) {
			q = q.substring(0, 1).toUpperCase() + q.substring(1);
		}
		String filter = null;
		if (random.nextInt(3) == 0) {
			filter = switch (FILTERS[ZipfSampler.weighted(FILTER_WEIGHTS, random)]) {
				case "tag" -> "tag=" + catalog.tags().get(catalog.tagRanks().next(random));
				case "organization" -> "organization=" + catalog.organisations().get(organisations.next(random)).id();
				case "format" -> "format=" + pick(FORMATS);
				default -> "license=" + LICENCES[random.nextInt(LICENCES.length)];
			};
		}
		String path = urlTemplate.formatted(URLEncoder.encode(q, StandardCharsets.UTF_8)) + "&page_size=20&facets=all"
				+ (filter == null ? "" : "&" + filter);
		return new Request(kind, q, filter, path);
	}

	/** The words of a title that carry meaning: four letters or more, accents kept. */
	static List<String> words(String title) {
		List<String> words = Arrays.stream(title.split("[^\\p{L}]+")).filter(w -> w.length() >= 4)
			.map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
		return words.isEmpty() ? List.of(title) : words;
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
