package fr.ouvert.integrity.register.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;

/** The yearly activity report as posted: the financial year, its figures and, unless it had none, its first activity. */
public record ReportForm(String start, String end, String expenseBracket, String turnoverBracket, String staff,
		boolean noActivity, String comment, ActivityForm activity) {

	public static ReportForm empty(String denomination) {
		return new ReportForm("", "", "", "", "", false, "", ActivityForm.empty(denomination));
	}

	/** The report this form declares, filed at {@code now}, or what is wrong with it. */
	public Report validate(Instant now, FormErrors errors) {
		LocalDate from = date(start, "start", errors);
		LocalDate to = date(end, "end", errors);
		if (from != null && to != null) {
			errors.rejectIf(to.isBefore(from) || to.isAfter(from.plusMonths(24)), "end", "register.error.period");
		}
		String expense = Forms.blankToNull(expenseBracket);
		errors.rejectIf(expense != null && !Vocabulary.EXPENSE_BRACKETS.contains(expense), "expenseBracket",
				"register.error.bracket");
		errors.rejectIf(expense == null && !noActivity, "expenseBracket", "register.error.expenseRequired");
		String turnover = Forms.blankToNull(turnoverBracket);
		errors.rejectIf(turnover != null && !Vocabulary.TURNOVER_BRACKETS.contains(turnover), "turnoverBracket",
				"register.error.bracket");
		BigDecimal persons = null;
		if (Forms.blankToNull(staff) != null) {
			try {
				persons = new BigDecimal(staff.strip().replace(',', '.'));
				errors.rejectIf(persons.signum() < 0 || persons.compareTo(BigDecimal.valueOf(100_000)) > 0, "staff",
						"register.error.staff");
			}
			catch (NumberFormatException e) {
				errors.reject("staff", "register.error.staff");
			}
		}
		Report.Activity first = noActivity ? null : activity.validate(now, errors);
		if (!errors.isEmpty()) {
			return null;
		}
		return new Report(null, from, to, now, expense, turnover, false, persons, noActivity, noActivity ? 0 : 1,
				Forms.blankToNull(comment), first == null ? List.of() : List.of(first));
	}

	private static LocalDate date(String text, String field, FormErrors errors) {
		try {
			return LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException e) {
			errors.reject(field, "register.error.date");
			return null;
		}
	}
}
