package fr.ouvert.tableschema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Python's {@code datetime.strptime} semantics for the pattern formats of Table Schema date/time fields
 * ({@code "%d/%m/%Y"}…): like Python, {@code %d %m %H %M %S} take one or two digits, {@code %Y} four,
 * the whole value must be consumed and the date must exist. Supported directives:
 * {@code %Y %y %m %d %H %I %p %M %S %f %z %b %B %a %A %j %%}.
 */
final class Strptime {

	private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december"};
	private static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday"};

	private final String pattern;

	Strptime(String pattern) {
		this.pattern = pattern;
	}

	/** Checks the directives once, when the schema is read. */
	static String unsupportedDirective(String pattern) {
		for (int i = 0; i < pattern.length(); i++) {
			if (pattern.charAt(i) == '%') {
				if (i + 1 >= pattern.length() || "YymdHIpMSfzbBaAj%".indexOf(pattern.charAt(i + 1)) < 0) {
					return pattern.substring(i, Math.min(i + 2, pattern.length()));
				}
				i++;
			}
		}
		return null;
	}

	/** The parsed parts, or null when the value does not match the pattern. */
	private Parts parse(String value) {
		Parts parts = new Parts();
		int v = 0;
		for (int p = 0; p < pattern.length(); p++) {
			char c = pattern.charAt(p);
			if (c != '%') {
				if (Character.isWhitespace(c)) {
					while (v < value.length() && Character.isWhitespace(value.charAt(v))) {
						v++;
					}
					continue;
				}
				if (v >= value.length() || value.charAt(v) != c) {
					return null;
				}
				v++;
				continue;
			}
			char directive = pattern.charAt(++p);
			int[] read;
			switch (directive) {
				case 'Y' -> { read = digits(value, v, 4, 4); if (read == null) return null; parts.year = read[0]; }
				case 'y' -> {
					read = digits(value, v, 2, 2);
					if (read == null) return null;
					parts.year = read[0] < 69 ? 2000 + read[0] : 1900 + read[0];
				}
				case 'm' -> { read = digits(value, v, 1, 2); if (read == null) return null; parts.month = read[0]; }
				case 'd' -> { read = digits(value, v, 1, 2); if (read == null) return null; parts.day = read[0]; }
				case 'j' -> { read = digits(value, v, 1, 3); if (read == null) return null; parts.dayOfYear = read[0]; }
				case 'H' -> { read = digits(value, v, 1, 2); if (read == null) return null; parts.hour = read[0]; }
				case 'I' -> {
					read = digits(value, v, 1, 2);
					if (read == null || read[0] < 1 || read[0] > 12) return null;
					parts.hour = read[0] % 12;
				}
				case 'M' -> { read = digits(value, v, 1, 2); if (read == null) return null; parts.minute = read[0]; }
				case 'S' -> { read = digits(value, v, 1, 2); if (read == null) return null; parts.second = read[0]; }
				case 'f' -> {
					read = digits(value, v, 1, 6);
					if (read == null) return null;
					int length = read[1] - v;
					parts.nano = read[0] * (int) Math.pow(10, 9 - length);
				}
				case 'p' -> {
					if (v + 2 > value.length()) return null;
					String ampm = value.substring(v, v + 2).toUpperCase(Locale.ROOT);
					if (!ampm.equals("AM") && !ampm.equals("PM")) return null;
					parts.pm = ampm.equals("PM");
					read = new int[] {0, v + 2};
				}
				case 'z' -> {
					read = offset(value, v, parts);
					if (read == null) return null;
				}
				case 'b', 'B' -> {
					read = name(value, v, MONTHS, directive == 'b');
					if (read == null) return null;
					parts.month = read[0] + 1;
				}
				case 'a', 'A' -> {
					read = name(value, v, DAYS, directive == 'a');
					if (read == null) return null;
				}
				case '%' -> {
					if (v >= value.length() || value.charAt(v) != '%') return null;
					read = new int[] {0, v + 1};
				}
				default -> throw new IllegalStateException("directive checked when the schema was read: %" + directive);
			}
			v = read[1];
		}
		return v == value.length() ? parts : null;
	}

	LocalDate parseDate(String value) {
		Parts parts = parse(value);
		return parts == null ? null : parts.date();
	}

	LocalTime parseTime(String value) {
		Parts parts = parse(value);
		return parts == null ? null : parts.time();
	}

	/** A LocalDateTime, or an OffsetDateTime when the pattern has {@code %z}. */
	Object parseDateTime(String value) {
		Parts parts = parse(value);
		if (parts == null) {
			return null;
		}
		LocalDate date = parts.date();
		LocalTime time = parts.time();
		if (date == null || time == null) {
			return null;
		}
		LocalDateTime dateTime = LocalDateTime.of(date, time);
		return parts.offset == null ? dateTime : OffsetDateTime.of(dateTime, parts.offset);
	}

	/** {value, end index}, or null. */
	private static int[] digits(String value, int from, int min, int max) {
		int end = from;
		int number = 0;
		while (end < value.length() && end - from < max) {
			char c = value.charAt(end);
			if (c < '0' || c > '9') {
				break;
			}
			number = number * 10 + (c - '0');
			end++;
		}
		return end - from < min ? null : new int[] {number, end};
	}

	private static int[] name(String value, int from, String[] names, boolean abbreviated) {
		String rest = value.substring(from).toLowerCase(Locale.ROOT);
		for (int i = 0; i < names.length; i++) {
			String name = abbreviated ? names[i].substring(0, 3) : names[i];
			if (rest.startsWith(name)) {
				return new int[] {i, from + name.length()};
			}
		}
		return null;
	}

	private static int[] offset(String value, int from, Parts parts) {
		if (from < value.length() && value.charAt(from) == 'Z') {
			parts.offset = ZoneOffset.UTC;
			return new int[] {0, from + 1};
		}
		if (from >= value.length() || (value.charAt(from) != '+' && value.charAt(from) != '-')) {
			return null;
		}
		int sign = value.charAt(from) == '-' ? -1 : 1;
		int[] hours = digits(value, from + 1, 2, 2);
		if (hours == null) {
			return null;
		}
		int next = hours[1];
		if (next < value.length() && value.charAt(next) == ':') {
			next++;
		}
		int[] minutes = digits(value, next, 2, 2);
		if (minutes == null) {
			return null;
		}
		try {
			parts.offset = ZoneOffset.ofHoursMinutes(sign * hours[0], sign * minutes[0]);
		} catch (DateTimeException e) {
			return null;
		}
		return new int[] {0, minutes[1]};
	}

	private static final class Parts {
		int year = 1900;
		int month = 1;
		int day = 1;
		int dayOfYear = -1;
		int hour;
		int minute;
		int second;
		int nano;
		Boolean pm;
		ZoneOffset offset;

		LocalDate date() {
			try {
				return dayOfYear > 0 ? LocalDate.ofYearDay(year, dayOfYear) : LocalDate.of(year, month, day);
			} catch (DateTimeException e) {
				return null;
			}
		}

		LocalTime time() {
			int h = pm != null && pm ? hour + 12 : hour;
			if (h > 23 || minute > 59 || second > 61) {
				return null;
			}
			return LocalTime.of(h, minute, Math.min(second, 59), nano);
		}
	}
}
