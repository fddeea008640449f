package fr.ouvert.hatvp.register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The register's dates. HATVP writes moments as {@code dd/MM/yyyy HH:mm:ss} and the bounds of financial years as
 * {@code dd-MM-yyyy}; Regards Citoyens' republication rewrote most of them in ISO 8601 ({@code 2018-04-30T20:17:15},
 * {@code 2017-07-01}) but not all ({@code dateCessation}); the CSV export mixes both. Readers accept every one of
 * these forms for every date; writers write HATVP's.
 */
public final class RegisterDates {

	/** HATVP's moments: {@code 30/04/2018 20:16:17}. */
	public static final DateTimeFormatter HATVP_DATE_TIME = strict("dd/MM/uuuu HH:mm:ss");
	/** HATVP's bounds of financial years: {@code 01-07-2017}. */
	public static final DateTimeFormatter HATVP_DATE = strict("dd-MM-uuuu");

	private static final DateTimeFormatter SLASHED_DATE = strict("dd/MM/uuuu");

	private RegisterDates() {
	}

	/**
	 * A moment in HATVP's form or in ISO 8601 (seconds optional, fraction allowed).
	 *
	 * @throws IllegalArgumentException with a French reason, when {@code text} is neither
	 */
	public static LocalDateTime dateTime(String text) {
		String value = text.strip();
		try {
			if (value.length() > 10 && value.charAt(10) == 'T') {
				return LocalDateTime.parse(value);
			}
			return LocalDateTime.parse(value, HATVP_DATE_TIME);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("date et heure illisible « " + text
					+ " » (attendu jj/mm/aaaa hh:mm:ss ou aaaa-mm-jjThh:mm:ss)", e);
		}
	}

	/**
	 * A day in HATVP's form ({@code dd-MM-yyyy}), in ISO 8601 or as {@code dd/MM/yyyy}.
	 *
	 * @throws IllegalArgumentException with a French reason, when {@code text} is none of these
	 */
	public static LocalDate date(String text) {
		String value = text.strip();
		try {
			if (value.length() == 10 && value.charAt(4) == '-') {
				return LocalDate.parse(value);
			}
			if (value.length() == 10 && value.charAt(2) == '/') {
				return LocalDate.parse(value, SLASHED_DATE);
			}
			return LocalDate.parse(value, HATVP_DATE);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("date illisible « " + text
					+ " » (attendu jj-mm-aaaa, aaaa-mm-jj ou jj/mm/aaaa)", e);
		}
	}

	public static String hatvp(LocalDateTime moment) {
		return moment == null ? null : HATVP_DATE_TIME.format(moment);
	}

	public static String hatvp(LocalDate day) {
		return day == null ? null : HATVP_DATE.format(day);
	}

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}
}
