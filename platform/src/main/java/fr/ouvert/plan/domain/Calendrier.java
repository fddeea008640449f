package fr.ouvert.plan.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the deadline of an action from its calendar text, exactly as the plan wrote it
 * ("S2 2018", "Fin 2020", "2018 ou 2019", "Mars 2017 à septembre 2018", "2018-2020 et en
 * continu"...). The deadline is the end of the latest period the text names:
 * <ul>
 * <li>a semester ({@code S1}, {@code S2}, also "S1 et S2", "S1 ou S2"): 30 June or 31 December;</li>
 * <li>a month and year: its last day; "début" a year: 31 March; "mi-" a year: 30 June; "été" a
 * year: 31 August; "fin" a year or a bare year: 31 December;</li>
 * <li>a duration with no year ("2 ans pour…", "5 ans"): counted from the start of the plan, 1
 * January 2018.</li>
 * </ul>
 * No deadline for "Continu", "-" and open-ended starts ("À partir de janvier 2018"). Any other
 * text is refused, so a new wording cannot slip in without a rule.
 */
public final class Calendrier {

	/** The first day of the plan's period, the origin of durations. */
	public static final LocalDate PLAN_START = LocalDate.of(2018, 1, 1);

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("janvier", 1), Map.entry("fevrier", 2),
			Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6),
			Map.entry("juillet", 7), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
			Map.entry("novembre", 11), Map.entry("decembre", 12));

	private static final Pattern SEMESTERS = Pattern.compile("\\bs([12])(?:\\s*(?:et|ou)\\s*s([12]))?\\s*(\\d{4})\\b");
	private static final Pattern MONTH = Pattern.compile("\\b(" + String.join("|", MONTHS.keySet()) + ")\\s+(\\d{4})\\b");
	private static final Pattern PART_OF_YEAR = Pattern.compile("\\b(fin|debut|mi-?|l'ete|ete)\\s*(\\d{4})\\b");
	private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
	private static final Pattern DURATION = Pattern.compile("^(\\d+)\\s+ans\\b");

	private Calendrier() {
	}

	/**
	 * @return the deadline, or empty when the text sets none
	 * @throws IllegalArgumentException when the text matches no known wording
	 */
	public static Optional<LocalDate> deadline(String calendar) {
		if (calendar == null) {
			return Optional.empty();
		}
		String text = normalise(calendar);
		if (text.isEmpty() || text.equals("-") || text.matches("(en )?continu") || text.startsWith("a partir de")) {
			return Optional.empty();
		}
		StringBuilder rest = new StringBuilder(text);
		LocalDate latest = null;
		latest = max(latest, consume(rest, SEMESTERS, m -> {
			int semester = Math.max(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
			int year = Integer.parseInt(m.group(3));
			return semester == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
		}));
		latest = max(latest, consume(rest, MONTH,
				m -> YearMonth.of(Integer.parseInt(m.group(2)), MONTHS.get(m.group(1))).atEndOfMonth()));
		latest = max(latest, consume(rest, PART_OF_YEAR, m -> {
			int year = Integer.parseInt(m.group(2));
			return switch (m.group(1)) {
				case "debut" -> LocalDate.of(year, 3, 31);
				case "mi", "mi-" -> LocalDate.of(year, 6, 30);
				case "ete", "l'ete" -> LocalDate.of(year, 8, 31);
				default -> LocalDate.of(year, 12, 31);
			};
		}));
		latest = max(latest, consume(rest, YEAR, m -> LocalDate.of(Integer.parseInt(m.group(1)), 12, 31)));
		if (latest == null) {
			Matcher duration = DURATION.matcher(text);
			if (duration.find()) {
				latest = PLAN_START.plusYears(Integer.parseInt(duration.group(1))).minusDays(1);
			}
		}
		if (latest == null) {
			throw new IllegalArgumentException("No rule reads the calendar \"" + calendar + "\"");
		}
		return Optional.of(latest);
	}

	private static LocalDate consume(StringBuilder text, Pattern pattern, java.util.function.Function<Matcher, LocalDate> end) {
		Matcher matcher = pattern.matcher(text);
		LocalDate latest = null;
		StringBuilder remaining = new StringBuilder();
		int last = 0;
		while (matcher.find()) {
			latest = max(latest, end.apply(matcher));
			remaining.append(text, last, matcher.start()).append(' ');
			last = matcher.end();
		}
		remaining.append(text.substring(last));
		text.setLength(0);
		text.append(remaining);
		return latest;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}

	private static String normalise(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', '\'')
			.replaceAll("\\s+", " ").strip();
	}
}
