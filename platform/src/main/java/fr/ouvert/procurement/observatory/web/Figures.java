package fr.ouvert.procurement.observatory.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Numbers as the pages show them (in the page's language), and as the charts read them. */
public final class Figures {

	private final Locale locale;

	Figures(Locale locale) {
		this.locale = locale;
	}

	/** Whole euros: {@code 1 234 567 €} in French, {@code €1,234,567} in English. */
	public String euros(BigDecimal amount) {
		if (amount == null) {
			return "—";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(java.util.Currency.getInstance("EUR"));
		format.setMaximumFractionDigits(0);
		return format.format(amount.setScale(0, RoundingMode.HALF_UP));
	}

	/** A change of amount with its sign: {@code +12 000 €}. */
	public String eurosChange(BigDecimal change) {
		return change == null ? "—" : (change.signum() > 0 ? "+" : "") + euros(change);
	}

	public String number(long value) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	public String decimal(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/** A JSON array for the {@code x}/{@code y} attributes of DSFR charts: {@code [[2021,2022]]}. */
	public static <T> String series(List<T> values, Function<T, Object> value) {
		return "[[" + values.stream().map(value).map(v -> v instanceof String s ? "\"" + s.replace("\"", "") + "\"" : String.valueOf(v))
			.collect(Collectors.joining(",")) + "]]";
	}
}
