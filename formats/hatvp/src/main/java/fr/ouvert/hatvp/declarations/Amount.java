package fr.ouvert.hatvp.declarations;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A free-text amount as declared ("10 312", "1 200,50", "205.22", "néant", "quelques euros"), with the number it
 * reads as when it reads as exactly one: digits grouped by spaces (also no-break spaces) or by dots, an optional
 * decimal part of one or two digits after a comma or a dot, an optional "€" or "euros" after it. "1.200" and
 * "1,200" are ambiguous (thousands or decimals) and stay text, as do "néant", ranges and sentences.
 *
 * @param text the declared text, never null (empty when nothing was declared)
 * @param value the number, or null when the text is not one unambiguous amount
 */
public record Amount(String text, BigDecimal value) {

	private static final Pattern SPACED = Pattern.compile("(\\d{1,3}(?: \\d{3})+|\\d+)(?:[,.](\\d{1,2}))?");
	private static final Pattern DOTTED = Pattern.compile("(\\d{1,3}(?:\\.\\d{3}){2,}|\\d{1,3}(?:\\.\\d{3})+(?=,))(?:,(\\d{1,2}))?");
	private static final Pattern CURRENCY = Pattern.compile("\\s*(?:€|euros?|EUR)$", Pattern.CASE_INSENSITIVE);

	public static Amount parse(String text) {
		String declared = text == null ? "" : text;
		return new Amount(declared, valueOf(declared));
	}

	public boolean isNumber() {
		return value != null;
	}

	private static BigDecimal valueOf(String text) {
		String s = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
		s = CURRENCY.matcher(s).replaceFirst("").strip();
		if (s.isEmpty()) {
			return null;
		}
		Matcher spaced = SPACED.matcher(s);
		if (spaced.matches()) {
			return number(spaced.group(1).replace(" ", ""), spaced.group(2));
		}
		Matcher dotted = DOTTED.matcher(s);
		if (dotted.matches()) {
			return number(dotted.group(1).replace(".", ""), dotted.group(2));
		}
		return null;
	}

	private static BigDecimal number(String integer, String decimals) {
		return new BigDecimal(decimals == null ? integer : integer + "." + decimals);
	}
}
