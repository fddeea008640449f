package fr.ouvert.integrity.register.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A financial year of a representative and its activity report (HATVP's "exercice").
 *
 * @param filedAt when the report was filed; {@code null} while it is not
 * @param expenseBracket HATVP's bracket label, or {@code null} when nothing was declared
 * @param declaredActivities the number of activities declared ({@code nombreActivite}), which may exceed the
 *        activities published
 */
public record Report(Long hatvpId, LocalDate start, LocalDate end, Instant filedAt, String expenseBracket,
		String turnoverBracket, boolean noTurnover, BigDecimal staff, boolean noActivity, Integer declaredActivities,
		String comment, List<Activity> activities) {

	public Report {
		activities = List.copyOf(activities);
	}

	/** The date the report is due: three months after the end of the financial year. */
	public LocalDate deadline() {
		return deadlineOf(end);
	}

	public static LocalDate deadlineOf(LocalDate end) {
		return end.plusMonths(3);
	}

	/** An activity sheet: one lobbying objective. */
	public record Activity(String sheetId, String object, List<String> fields, Instant publishedAt,
			List<Action> actions) {

		public Activity {
			fields = List.copyOf(fields);
			actions = List.copyOf(actions);
		}
	}

	/**
	 * @param officials HATVP's {@code reponsablesPublics} entries as written (type, optionally " - " ministries)
	 * @param thirdParties on whose behalf: clients, or "X (en propre)"
	 */
	public record Action(List<String> officials, String officialOther, List<String> decisions, List<String> actions,
			String actionOther, List<String> thirdParties, String observation) {

		public Action {
			officials = List.copyOf(officials);
			decisions = List.copyOf(decisions);
			actions = List.copyOf(actions);
			thirdParties = List.copyOf(thirdParties);
		}

		/** The codes of the types of officials targeted. */
		public List<String> officialTypes() {
			return officials.stream().map(Vocabulary::officialTypeOf).flatMap(java.util.Optional::stream)
				.map(Vocabulary.Term::code).distinct().toList();
		}
	}
}
