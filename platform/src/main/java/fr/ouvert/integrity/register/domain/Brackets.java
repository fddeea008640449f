package fr.ouvert.integrity.register.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HATVP's money brackets ("> = 25 000 euros et < 50 000 euros", "< 10 000 €", "> = 1 000 000 euros") read as
 * {@code [lower, upper)} in euros. The lower bound is what the register shows and sorts by: an under-estimate.
 */
public final class Brackets {

	private static final Pattern AMOUNT = Pattern.compile("\\d[\\d\\s\\u00a0\\u202f]*");

	private Brackets() {
	}

	/** @param upper exclusive; {@code null} for the open top bracket */
	public record Bracket(String label, long lower, Long upper) {
	}

	/**
	 * @throws IllegalArgumentException when the text is not a bracket of that shape
	 */
	public static Bracket parse(String label) {
		String text = label.strip();
		List<Long> amounts = new ArrayList<>();
		Matcher m = AMOUNT.matcher(text);
		while (m.find()) {
			amounts.add(Long.parseLong(m.group().replaceAll("[\\s\\u00a0\\u202f]", "")));
		}
		boolean startsBelow = text.startsWith("<");
		boolean startsAbove = text.startsWith(">");
		if (startsBelow && amounts.size() == 1) {
			return new Bracket(label, 0, amounts.get(0));
		}
		if (startsAbove && amounts.size() == 1) {
			return new Bracket(label, amounts.get(0), null);
		}
		if (startsAbove && amounts.size() == 2 && amounts.get(0) < amounts.get(1)) {
			return new Bracket(label, amounts.get(0), amounts.get(1));
		}
		throw new IllegalArgumentException("not a HATVP money bracket: \"" + label + "\"");
	}

	/** 25000 → "25 000", as HATVP writes amounts. */
	static String amount(long euros) {
		String digits = Long.toString(euros);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				out.append(' ');
			}
			out.append(digits.charAt(i));
		}
		return out.toString();
	}
}
