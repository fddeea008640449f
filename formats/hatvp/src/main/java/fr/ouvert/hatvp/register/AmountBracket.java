package fr.ouvert.hatvp.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A money bracket as HATVP publishes expenses ({@code montantDepense}) and turnover ({@code chiffreAffaire}):
 * {@code "< 10 000 euros"}, {@code "> = 25 000 euros et < 50 000 euros"}, {@code "> = 1 000 000 euros"}; the CSV
 * export writes « € » instead of « euros ». The only honest figure is the lower bound: rank and sum on it, and call
 * the result an under-estimate.
 *
 * @param lowerBound in euros, included; 0 for the lowest bracket
 * @param upperBound in euros, excluded; {@code null} for the open top bracket
 */
public record AmountBracket(long lowerBound, Long upperBound) {

	/** The expense scale of décret 2017-867, lowest first. */
	public static final List<AmountBracket> EXPENSE_SCALE = expenseScale();

	/** The turnover scale, lowest first. */
	public static final List<AmountBracket> TURNOVER_SCALE = List.of(
			new AmountBracket(0, 100_000L),
			new AmountBracket(100_000, 500_000L),
			new AmountBracket(500_000, 1_000_000L),
			new AmountBracket(1_000_000, null));

	private static final String AMOUNT = "(\\d[\\d ]*\\d|\\d)\\s*(?:euros|€)";
	private static final Pattern BELOW = Pattern.compile("<\\s*" + AMOUNT);
	private static final Pattern BETWEEN = Pattern.compile(">\\s*=\\s*" + AMOUNT + "\\s+et\\s+<\\s*" + AMOUNT);
	private static final Pattern FROM = Pattern.compile(">\\s*=\\s*" + AMOUNT);

	public AmountBracket {
		if (lowerBound < 0 || upperBound != null && upperBound <= lowerBound) {
			throw new IllegalArgumentException("tranche incohérente : " + lowerBound + " – " + upperBound);
		}
	}

	/** The bracket {@code text} describes, in either currency wording; empty for a blank or another text. */
	public static Optional<AmountBracket> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String normalised = text.strip().replace('\u00a0', ' ').replace('\u202f', ' ');
		Matcher matcher = BETWEEN.matcher(normalised);
		if (matcher.matches()) {
			long lower = amount(matcher.group(1));
			long upper = amount(matcher.group(2));
			return upper > lower ? Optional.of(new AmountBracket(lower, upper)) : Optional.empty();
		}
		matcher = BELOW.matcher(normalised);
		if (matcher.matches()) {
			long upper = amount(matcher.group(1));
			return upper > 0 ? Optional.of(new AmountBracket(0, upper)) : Optional.empty();
		}
		matcher = FROM.matcher(normalised);
		return matcher.matches() ? Optional.of(new AmountBracket(amount(matcher.group(1)), null)) : Optional.empty();
	}

	/** As HATVP's JSON writes it: {@code "> = 25 000 euros et < 50 000 euros"}. */
	public String jsonLabel() {
		return label("euros");
	}

	/** As HATVP's CSV export writes it: {@code "> = 25 000 € et < 50 000 €"}. */
	public String csvLabel() {
		return label("€");
	}

	private String label(String currency) {
		if (upperBound == null) {
			return "> = " + grouped(lowerBound) + " " + currency;
		}
		if (lowerBound == 0) {
			return "< " + grouped(upperBound) + " " + currency;
		}
		return "> = " + grouped(lowerBound) + " " + currency + " et < " + grouped(upperBound) + " " + currency;
	}

	private static String grouped(long amount) {
		String digits = Long.toString(amount);
		StringBuilder grouped = new StringBuilder(digits.length() + 4);
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				grouped.append(' ');
			}
			grouped.append(digits.charAt(i));
		}
		return grouped.toString();
	}

	private static long amount(String digits) {
		return Long.parseLong(digits.replace(" ", ""));
	}

	private static List<AmountBracket> expenseScale() {
		List<AmountBracket> scale = new ArrayList<>();
		long[] bounds = {0, 10_000, 25_000, 50_000, 75_000, 100_000};
		for (int i = 0; i + 1 < bounds.length; i++) {
			scale.add(new AmountBracket(bounds[i], bounds[i + 1]));
		}
		for (long lower = 100_000; lower < 1_000_000; lower += 100_000) {
			scale.add(new AmountBracket(lower, lower + 100_000));
		}
		for (long lower = 1_000_000; lower < 10_000_000; lower += 250_000) {
			scale.add(new AmountBracket(lower, lower + 250_000));
		}
		scale.add(new AmountBracket(10_000_000, null));
		return List.copyOf(scale);
	}
}
