package fr.ouvert.tableschema;

import java.util.List;

/**
 * A recursive-descent check of OpenStreetMap {@code opening_hours} values (the syntax of
 * wiki.openstreetmap.org/wiki/Key:opening_hours/specification), covering the common part of it:
 * <ul>
 *   <li>rules separated by {@code ;}, {@code ,} or {@code ||}; {@code 24/7};</li>
 *   <li>years ({@code 2024}, {@code 2024-2026}), months and dates ({@code Jan-Mar}, {@code Dec 25},
 *       {@code Jul 01-Aug 31}, {@code 2024 Jan 01-2024 Jun 30}, {@code easter}), weeks ({@code week 01-53/2});</li>
 *   <li>weekdays ({@code Mo}, {@code Mo-Fr}, {@code Sa,Su}, {@code Su[1,-1]}), holidays {@code PH} and {@code SH}
 *       with an optional offset ({@code PH +1 day});</li>
 *   <li>time spans ({@code 08:00-12:00}, {@code 22:00-02:00}, {@code 18:00+}, {@code 10:00-16:00/01:30},
 *       up to {@code 48:00} past midnight), {@code sunrise}, {@code sunset}, {@code dawn}, {@code dusk} and
 *       {@code (sunrise+01:00)};</li>
 *   <li>modifiers {@code open}, {@code closed}, {@code off}, {@code unknown} and {@code "comments"}.</li>
 * </ul>
 * Names are case-sensitive as in the specification; hours are two digits.
 */
final class OpeningHours {

	private static final List<String> WEEKDAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
	private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
			"Sep", "Oct", "Nov", "Dec");
	private static final List<String> MODIFIERS = List.of("open", "closed", "off", "unknown");
	private static final List<String> EVENTS = List.of("sunrise", "sunset", "dawn", "dusk");

	private final String text;
	private int at;

	private OpeningHours(String text) {
		this.text = text;
	}

	static boolean isValid(String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		return new OpeningHours(value).timeDomain();
	}

	private boolean timeDomain() {
		if (!ruleSequence()) {
			return false;
		}
		while (true) {
			skipSpaces();
			if (at == text.length()) {
				return true;
			}
			if (!(accept("||") || accept(";") || accept(","))) {
				return false;
			}
			if (!ruleSequence()) {
				return false;
			}
		}
	}

	private boolean ruleSequence() {
		skipSpaces();
		boolean selectors;
		if (accept("24/7")) {
			selectors = true;
		} else {
			boolean wide = yearSelector() | monthdaySelector() | weekSelector();
			if (wide) {
				skipSpaces();
				accept(":");
			}
			boolean weekdays = weekdaySelector();
			boolean times = timeSelector();
			selectors = wide || weekdays || times;
		}
		boolean modifier = ruleModifier();
		return selectors || modifier;
	}

	private boolean ruleModifier() {
		int start = at;
		skipSpaces();
		boolean found = false;
		for (String modifier : MODIFIERS) {
			if (acceptWord(modifier)) {
				found = true;
				break;
			}
		}
		if (comment()) {
			found = true;
		}
		if (!found) {
			at = start;
		}
		return found;
	}

	private boolean comment() {
		int start = at;
		skipSpaces();
		if (!accept("\"")) {
			at = start;
			return false;
		}
		int end = text.indexOf('"', at);
		if (end < 0) {
			at = start;
			return false;
		}
		at = end + 1;
		return true;
	}

	// Years: 2024, 2024-2026, 2024-2030/2, 2024+

	private boolean yearSelector() {
		if (!yearRange()) {
			return false;
		}
		listOf(this::yearRange);
		return true;
	}

	private boolean yearRange() {
		int start = at;
		skipSpaces();
		if (year() < 0 || lookingAtMonth()) {
			at = start;
			return false;
		}
		if (accept("+")) {
			return true;
		}
		int beforeDash = at;
		if (accept("-")) {
			if (year() < 0) {
				at = beforeDash;
				return true;
			}
			if (accept("/") && number(1, 2) < 0) {
				at = start;
				return false;
			}
		}
		return true;
	}

	private boolean lookingAtMonth() {
		int start = at;
		skipSpaces();
		boolean month = month() >= 0;
		at = start;
		return month;
	}

	private int year() {
		int start = at;
		int year = number(4, 4);
		if (year < 1900) {
			at = start;
			return -1;
		}
		if (at < text.length() && Character.isDigit(text.charAt(at)) || at < text.length() && text.charAt(at) == ':') {
			at = start;
			return -1;
		}
		return year;
	}

	// Months and dates: Jan, Jan-Mar, Dec 25, Jul 01-Aug 31, 2024 Jan 01-2024 Jun 30, easter

	private boolean monthdaySelector() {
		if (!monthdayRange()) {
			return false;
		}
		listOf(this::monthdayRange);
		return true;
	}

	private boolean monthdayRange() {
		int start = at;
		skipSpaces();
		int yearStart = at;
		if (year() >= 0) {
			skipSpaces();
		} else {
			at = yearStart;
		}
		if (acceptWord("easter")) {
			dayOffset();
			return rangeEnd(start);
		}
		if (month() < 0) {
			at = start;
			return false;
		}
		int beforeDay = at;
		skipSpaces();
		if (dayOfMonth() < 0) {
			at = beforeDay;
			int beforeDash = at;
			if (accept("-")) {
				if (month() < 0) {
					at = beforeDash;
				}
			}
			return true;
		}
		return rangeEnd(start);
	}

	/** After a date: an optional "-" with a date, a day or a month; or a "+". */
	private boolean rangeEnd(int start) {
		if (accept("+")) {
			return true;
		}
		int beforeDash = at;
		if (!accept("-")) {
			return true;
		}
		int toStart = at;
		skipSpaces();
		int yearStart = at;
		if (year() >= 0) {
			skipSpaces();
		} else {
			at = yearStart;
		}
		if (month() >= 0) {
			int beforeDay = at;
			skipSpaces();
			if (dayOfMonth() < 0) {
				at = beforeDay;
			}
			return true;
		}
		at = toStart;
		if (dayOfMonth() >= 0) {
			return true;
		}
		at = beforeDash;
		return true;
	}

	private int month() {
		for (int m = 0; m < MONTHS.size(); m++) {
			if (acceptWord(MONTHS.get(m))) {
				return m;
			}
		}
		return -1;
	}

	private int dayOfMonth() {
		int start = at;
		int day = number(1, 2);
		if (day < 1 || day > 31 || at < text.length() && text.charAt(at) == ':') {
			at = start;
			return -1;
		}
		return day;
	}

	// Weeks: week 01-53/2

	private boolean weekSelector() {
		int start = at;
		skipSpaces();
		if (!acceptWord("week")) {
			at = start;
			return false;
		}
		skipSpaces();
		if (!weekRange()) {
			at = start;
			return false;
		}
		listOf(this::weekRange);
		return true;
	}

	private boolean weekRange() {
		int start = at;
		skipSpaces();
		int week = number(1, 2);
		if (week < 1 || week > 53) {
			at = start;
			return false;
		}
		if (accept("-")) {
			int to = number(1, 2);
			if (to < 1 || to > 53) {
				at = start;
				return false;
			}
			if (accept("/") && number(1, 2) < 1) {
				at = start;
				return false;
			}
		}
		return true;
	}

	// Weekdays and holidays: Mo-Fr, Sa,Su, Su[1,-1], PH, SH, PH +1 day

	private boolean weekdaySelector() {
		if (!weekdayOrHoliday()) {
			return false;
		}
		while (true) {
			int start = at;
			skipSpaces();
			if (accept(",") && weekdayOrHoliday()) {
				continue;
			}
			at = start;
			skipSpaces();
			// "PH Mo-Fr" (space-separated holiday and weekdays) is allowed too
			if (weekdayOrHoliday()) {
				continue;
			}
			at = start;
			return true;
		}
	}

	private boolean weekdayOrHoliday() {
		int start = at;
		skipSpaces();
		if (acceptWord("PH") || acceptWord("SH")) {
			dayOffset();
			return true;
		}
		int day = weekday();
		if (day < 0) {
			at = start;
			return false;
		}
		if (accept("[")) {
			if (!nth()) {
				at = start;
				return false;
			}
			while (accept(",")) {
				if (!nth()) {
					at = start;
					return false;
				}
			}
			if (!accept("]")) {
				at = start;
				return false;
			}
			dayOffset();
			return true;
		}
		int beforeDash = at;
		if (accept("-")) {
			if (weekday() < 0) {
				at = beforeDash;
			}
		}
		return true;
	}

	private boolean nth() {
		int start = at;
		boolean negative = accept("-");
		int n = number(1, 1);
		if (n < 1 || n > 5) {
			at = start;
			return false;
		}
		if (!negative && accept("-")) {
			int to = number(1, 1);
			if (to < n || to > 5) {
				at = start;
				return false;
			}
		}
		return true;
	}

	private void dayOffset() {
		int start = at;
		skipSpaces();
		if (accept("+") || accept("-")) {
			skipSpaces();
			if (number(1, 3) >= 0) {
				skipSpaces();
				if (acceptWord("days") || acceptWord("day")) {
					return;
				}
			}
		}
		at = start;
	}

	private int weekday() {
		for (int d = 0; d < WEEKDAYS.size(); d++) {
			if (acceptWord(WEEKDAYS.get(d))) {
				return d;
			}
		}
		return -1;
	}

	// Times: 08:00-12:00, 22:00-02:00, 18:00+, 10:00-16:00/01:30, sunrise-sunset, (sunset+01:00)

	private boolean timeSelector() {
		if (!timespan()) {
			return false;
		}
		while (true) {
			int start = at;
			skipSpaces();
			if (accept(",") && timespan()) {
				continue;
			}
			at = start;
			return true;
		}
	}

	private boolean timespan() {
		int start = at;
		skipSpaces();
		if (time(24) < 0) {
			at = start;
			return false;
		}
		if (accept("+")) {
			return true;
		}
		if (!accept("-")) {
			return true;
		}
		if (time(48) < 0) {
			at = start;
			return false;
		}
		if (accept("+")) {
			return true;
		}
		int beforeSlash = at;
		if (accept("/")) {
			if (hourMinutes(24) < 0 && number(1, 3) < 0) {
				at = beforeSlash;
				return false;
			}
		}
		return true;
	}

	/** Minutes since midnight (events count as 0), or -1. */
	private int time(int maxHour) {
		int start = at;
		if (accept("(")) {
			if (!event() || !(accept("+") || accept("-")) || hourMinutes(24) < 0 || !accept(")")) {
				at = start;
				return -1;
			}
			return 0;
		}
		if (event()) {
			return 0;
		}
		return hourMinutes(maxHour);
	}

	private boolean event() {
		for (String event : EVENTS) {
			if (acceptWord(event)) {
				return true;
			}
		}
		return false;
	}

	private int hourMinutes(int maxHour) {
		int start = at;
		int hours = number(2, 2);
		if (hours < 0 || !accept(":")) {
			at = start;
			return -1;
		}
		int minutes = number(2, 2);
		if (minutes < 0 || minutes > 59 || hours > maxHour || hours == maxHour && minutes > 0) {
			at = start;
			return -1;
		}
		return hours * 60 + minutes;
	}

	// Lexical helpers

	private void listOf(java.util.function.BooleanSupplier item) {
		while (true) {
			int start = at;
			skipSpaces();
			if (accept(",") && item.getAsBoolean()) {
				continue;
			}
			at = start;
			return;
		}
	}

	private int number(int minDigits, int maxDigits) {
		int start = at;
		int value = 0;
		while (at < text.length() && at - start < maxDigits && Character.isDigit(text.charAt(at))) {
			value = value * 10 + (text.charAt(at) - '0');
			at++;
		}
		if (at - start < minDigits || at < text.length() && Character.isDigit(text.charAt(at))) {
			at = start;
			return -1;
		}
		return value;
	}

	private boolean accept(String token) {
		if (text.startsWith(token, at)) {
			at += token.length();
			return true;
		}
		return false;
	}

	/** A word not followed by a letter ("Mo" but not "Mon"). */
	private boolean acceptWord(String word) {
		if (text.startsWith(word, at)) {
			int end = at + word.length();
			if (end < text.length() && Character.isLetter(text.charAt(end))) {
				return false;
			}
			at = end;
			return true;
		}
		return false;
	}

	private void skipSpaces() {
		while (at < text.length() && text.charAt(at) == ' ') {
			at++;
		}
	}
}
