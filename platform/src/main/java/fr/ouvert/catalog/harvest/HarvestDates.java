package fr.ouvert.catalog.harvest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date shapes remote catalogs send: ISO 8601 with or without offset (without one the
 * instant is taken as UTC, as CKAN and udata store them), a plain date (midnight UTC), CKAN's
 * {@code 2019-09-30 22:00:00}, and DKAN's French display dates such as
 * {@code mar, 10/12/2019 - 09:23} or {@code Date changed  jeu, 19/12/2019 - 03:00} (day/month,
 * Paris time).
 */
public final class HarvestDates {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Pattern DKAN = Pattern
		.compile("(?:^|\\s)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s*-\\s*(\\d{1,2}):(\\d{2}))?\\s*$");

	private HarvestDates() {
	}

	public static Optional<Instant> instant(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String s = text.strip();
		try {
			return Optional.of(OffsetDateTime.parse(s).toInstant());
		}
		catch (DateTimeParseException notWithOffset) {
			// try the next shape
		}
		try {
			return Optional.of(LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException notLocal) {
			// try the next shape
		}
		try {
			return Optional.of(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
		}
		catch (DateTimeParseException notDate) {
			// try the next shape
		}
		Matcher dkan = DKAN.matcher(s);
		if (dkan.find()) {
			try {
				LocalDate day = LocalDate.of(Integer.parseInt(dkan.group(3)), Integer.parseInt(dkan.group(2)),
						Integer.parseInt(dkan.group(1)));
				LocalDateTime time = dkan.group(4) == null ? day.atStartOfDay()
						: day.atTime(Integer.parseInt(dkan.group(4)), Integer.parseInt(dkan.group(5)));
				return Optional.of(time.atZone(PARIS).toInstant());
			}
			catch (java.time.DateTimeException impossibleDate) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** The calendar day of a date or date-time (the date part as written, whatever the offset). */
	public static Optional<LocalDate> date(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String s = text.strip();
		try {
			return Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
		}
		catch (DateTimeParseException notIso) {
			return instant(s).map(i -> LocalDate.ofInstant(i, PARIS));
		}
	}
}
