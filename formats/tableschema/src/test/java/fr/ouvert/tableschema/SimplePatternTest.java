package fr.ouvert.tableschema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.junit.jupiter.api.Test;

/** {@link SimplePattern} must answer what {@code Pattern.matcher(value).matches()} answers, for every value. */
class SimplePatternTest {

	/** Patterns of the schemas in the test resources and in the shared data (schema.data.gouv.fr). */
	private static final List<String> SCHEMA_PATTERNS = List.of("^\\d{14}$", "^W\\d{9}$", "^\\d{9}$",
			"^[0-9]{4}\\-[0-9]{2}\\-[0-9]{2}(\\/[0-9]{4}\\-[0-9]{2}\\-[0-9]{2})?$", "^[0-9]{4}(\\/[0-9]{4})?$",
			"^\\d\\.\\d{1,2}$", "^([013-9]\\d|2[AB1-9])\\d{3}$", "^([013-9]\\d|2[AB1-9])\\d{3}-C-\\d{3}$",
			"^(\\d+|N/A)$", "\\d{4}-\\d{2}-\\d{2}", "^(\\d+\\.)(\\d+)$", "^Contrat de concession$", "^Marché$",
			"^[0-9]{14}$", "^[0-9]{8}(-[0-9])?$", "^[0-9]{8}(\\-[0-9])?$", "^[A-Z]{2}[A-Z0-9]{4,33}$",
			"^[A-Za-z0-9_]+$", "^[A-Za-z\\s\\-\\u00C0-\\u00FF]+$", "^[a-zA-Z0-9\\-\\'\\s\\d\\u00C0-\\u00FF]+$",
			"^\\d{4}-[01]\\d-[0-3]\\d([+-][0-2]\\d:[0-5]\\dZ?)?$", "^[0-9A-B]{5}-[0-9]{8}-[0-9]{3}");

	/** Shapes left to java.util.regex. */
	private static final List<String> UNSUPPORTED = List.of("^[0-9]{14}.{7,16}$", "(.*?)(\\d{1,2}|24/7)",
			"(?:(?:^|,)(^[A-Z]{2}$|Non))+$", "(?i)abc", "[^0-9]+", "\\D+", "a+?", "a*+", "(a)\\1", "a(?=b)",
			"\\p{L}+", "[a-z&&[^e]]", "[[a-c]x]", "\\bword", "a$b", "x^y", "\\n", "[\\d-z]", "a{1,200}",
			"\\d{64}", "😀");

	@Test
	void theSchemasPatternsAreCompiledAndMatchAsTheRegularExpression() {
		SplittableRandom random = new SplittableRandom(14);
		int matched = 0;
		for (String regex : SCHEMA_PATTERNS) {
			assertThat(SimplePattern.compile(regex)).as(regex).isNotNull();
			matched += assertEquivalent(regex, random, 3000);
		}
		assertThat(matched).as("values that match").isGreaterThan(1000);
	}

	@Test
	void otherShapesAreLeftToTheRegularExpression() {
		for (String regex : UNSUPPORTED) {
			Pattern.compile(regex);
			assertThat(SimplePattern.compile(regex)).as(regex).isNull();
		}
	}

	@Test
	void generatedPatternsMatchAsTheRegularExpression() {
		SplittableRandom random = new SplittableRandom(20261127);
		int compiled = 0;
		int matched = 0;
		for (int i = 0; i < 3000; i++) {
			String regex = (random.nextInt(3) == 0 ? "^" : "") + alternatives(random, 0)
					+ (random.nextInt(3) == 0 ? "$" : "");
			try {
				Pattern.compile(regex);
			} catch (PatternSyntaxException invalid) {
				continue;
			}
			if (SimplePattern.compile(regex) != null) {
				compiled++;
				matched += assertEquivalent(regex, random, 300);
			}
		}
		assertThat(matched).as("values that match").isGreaterThan(10_000);
		assertThat(compiled).as("generated patterns of a supported shape").isGreaterThan(2000);
	}

	private static final String ALPHABET = "0129aAbzW-/. \n\t_éÀ'\uD83D";

	/**
	 * Values from characters of the pattern and a few others, and values close to a match; returns how many of
	 * them match.
	 */
	private static int assertEquivalent(String regex, SplittableRandom random, int values) {
		Pattern pattern = Pattern.compile(regex);
		SimplePattern simple = SimplePattern.compile(regex);
		List<String> samples = new ArrayList<>(List.of("", "0", "12345678901234", "W123456789", "2024-01-31",
				"2024-01-31/2024-12-31", "12345678901234\n", "\uD83D\uDE00"));
		String letters = regex.replaceAll("[\\\\^$(){}\\[\\]|?*+]", "") + ALPHABET;
		for (int i = 0; i < values; i++) {
			StringBuilder value = new StringBuilder();
			int length = random.nextInt(random.nextBoolean() ? 6 : 30);
			for (int j = 0; j < length; j++) {
				value.append(letters.charAt(random.nextInt(letters.length())));
			}
			samples.add(value.toString());
			samples.add(mutated(regex, random));
		}
		int matched = 0;
		for (String value : samples) {
			boolean expected = pattern.matcher(value).matches();
			assertThat(simple.matches(value)).as("%s on \"%s\"", regex, value).isEqualTo(expected);
			matched += expected ? 1 : 0;
		}
		return matched;
	}

	/** A value built by walking the pattern's text: often a match, or close to one. */
	private static String mutated(String regex, SplittableRandom random) {
		StringBuilder value = new StringBuilder();
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\' && i + 1 < regex.length() && regex.charAt(i + 1) == 'd') {
				int count = 1 + random.nextInt(14);
				for (int j = 0; j < count; j++) {
					value.append((char) ('0' + random.nextInt(10)));
				}
				i++;
			} else if (Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == ' ') {
				if (random.nextInt(10) > 0) {
					value.append(c);
				}
				if (random.nextInt(5) == 0) {
					value.append(c);
				}
			}
		}
		return value.toString();
	}

	private static String alternatives(SplittableRandom random, int depth) {
		StringBuilder regex = new StringBuilder(sequence(random, depth));
		while (random.nextInt(4) == 0) {
			regex.append('|').append(sequence(random, depth));
		}
		return regex.toString();
	}

	private static String sequence(SplittableRandom random, int depth) {
		StringBuilder regex = new StringBuilder();
		int items = random.nextInt(5);
		for (int i = 0; i < items; i++) {
			regex.append(atom(random, depth)).append(quantifier(random));
		}
		return regex.toString();
	}

	private static String atom(SplittableRandom random, int depth) {
		return switch (random.nextInt(depth < 2 ? 7 : 6)) {
			case 0, 1 -> String.valueOf("0129aAbzW-/ éÀ'".charAt(random.nextInt(15)));
			case 2 -> List.of("\\d", "\\w", "\\s", "\\-", "\\/", "\\.", "\\'", "\\u00E9").get(random.nextInt(8));
			case 3, 4 -> List.of("[0-9]", "[013-9]", "[AB1-9]", "[a-zA-Z_]", "[-a]", "[a-]", "[\\d\\s]", "[0-9A-B]",
					"[A-Za-z\\s\\-\\u00C0-\\u00FF]", "[+-]", "[a-z-0]", "[\\--/]", "[é]").get(random.nextInt(13));
			case 5 -> "W";
			default -> (random.nextBoolean() ? "(" : "(?:") + alternatives(random, depth + 1) + ")";
		};
	}

	private static String quantifier(SplittableRandom random) {
		return switch (random.nextInt(10)) {
			case 0 -> "?";
			case 1 -> "*";
			case 2 -> "+";
			case 3 -> "{" + random.nextInt(4) + "}";
			case 4 -> "{" + random.nextInt(3) + ",}";
			case 5 -> {
				int min = random.nextInt(3);
				yield "{" + min + "," + (min + random.nextInt(3)) + "}";
			}
			default -> "";
		};
	}
}
