package fr.ouvert.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An action: a row of a commitment's roadmap table ({@code kind = roadmap}, id "18.6") or a
 * ministry-specific engagement ({@code kind = ministry}, id "5.M1", with the institutions that
 * made it).
 *
 * @param calendar the calendar exactly as the plan wrote it, or {@code null}
 * @param deadline the end of that calendar (see {@link Calendrier}), or {@code null}
 * @param overdue past its deadline and not completed
 */
public record Action(String id, int commitment, int position, String kind, String text, List<String> details,
		String calendar, LocalDate deadline, List<Institution> engagedBy, String engagedByText, ActionStatus status,
		int completion, String statusComment, Instant statusChangedAt, boolean overdue) {

	public String path() {
		return "/plan/actions/" + id;
	}
}
