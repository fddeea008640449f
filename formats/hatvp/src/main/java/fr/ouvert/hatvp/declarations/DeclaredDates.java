package fr.ouvert.hatvp.declarations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The three date shapes of the declarations: {@code dd/MM/yyyy HH:mm:ss} (deposit), {@code dd/MM/yyyy} (mandate)
 * and {@code MM/yyyy} (items). Each reader answers null for an empty or unreadable text.
 */
public final class DeclaredDates {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss")
		.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private DeclaredDates() {
	}

	/** A deposit time; a plain {@code dd/MM/yyyy} reads as midnight. */
	public static LocalDateTime dateTime(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip(), DATE_TIME);
		}
		catch (DateTimeParseException e) {
			LocalDate date = date(text);
			return date == null ? null : date.atStartOfDay();
		}
	}

	public static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip(), DATE);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	public static YearMonth month(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(text.strip(), MONTH);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
