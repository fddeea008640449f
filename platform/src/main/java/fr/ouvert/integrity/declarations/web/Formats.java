package fr.ouvert.integrity.declarations.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in the page's language: "10 312" in French, "10,312" in English, decimals only when declared. */
public final class Formats {

	private final NumberFormat numbers;

	Formats(Locale locale) {
		this.numbers = NumberFormat.getNumberInstance(locale);
		this.numbers.setMaximumFractionDigits(2);
	}

	public String amount(BigDecimal value) {
		return numbers.format(value);
	}
}
