package fr.ouvert.participation.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.ouvert.kernel.web.FormErrors;

/**
 * The rules of the Code des relations entre le public et l'administration a consultation must meet before
 * it is published (reference §6): published procedure, information made available, dates and a duration
 * of at least 15 days, announced follow-ups; and, for an open consultation replacing an advisory commission
 * (L132-1), the commission it replaces. Each check names the form field it concerns.
 */
public final class CrpaChecks {

	/** The shortest consultation the platform opens, whatever its legal basis. */
	public static final Duration MINIMUM_DURATION = Duration.ofDays(15);

	/**
	 * One rule and whether the consultation meets it.
	 *
	 * @param code stable identifier of the rule (API)
	 * @param field the form field to fix
	 * @param messageKey what is wrong, said to the agent, when not met
	 */
	public record Check(String code, String field, boolean met, String messageKey) {
	}

	private CrpaChecks() {
	}

	/** Every rule, met or not, in the order of the form. */
	public static List<Check> of(Consultation c, int documents, Instant now) {
		List<Check> checks = new ArrayList<>();
		checks.add(new Check("procedure", "procedure", !c.procedure().isBlank(), "participation.crpa.procedure"));
		checks.add(new Check("information", "documents", documents > 0 || !c.context().isBlank(),
				"participation.crpa.information"));
		checks.add(new Check("opening-date", "opensAt", c.opensAt() != null, "participation.crpa.opensAt"));
		checks.add(new Check("closing-date", "closesAt", c.closesAt() != null, "participation.crpa.closesAt"));
		boolean dated = c.opensAt() != null && c.closesAt() != null;
		checks.add(new Check("duration", "closesAt",
				dated && Duration.between(c.opensAt(), c.closesAt()).compareTo(MINIMUM_DURATION) >= 0,
				"participation.crpa.duration"));
		checks.add(new Check("not-over", "closesAt",
				c.publishedAt() != null || c.closesAt() == null || c.closesAt().isAfter(now),
				"participation.crpa.over"));
		checks.add(new Check("follow-ups", "announcedFollowUps", !c.announcedFollowUps().isBlank(),
				"participation.crpa.followUps"));
		checks.add(new Check("replaced-commission", "replacesCommission",
				c.legalBasis() != LegalBasis.L132_1 || (c.replacesCommission() != null && !c.replacesCommission().isBlank()),
				"participation.crpa.commission"));
		checks.add(new Check("contribution-types", "contributionTypes", !c.contributionTypes().isEmpty(),
				"participation.crpa.contributionTypes"));
		return checks;
	}

	/** The unmet rules as form errors, at their fields (the first reason per field). */
	public static FormErrors errors(List<Check> checks) {
		FormErrors errors = new FormErrors();
		checks.stream().filter(check -> !check.met()).forEach(check -> errors.reject(check.field(), check.messageKey()));
		return errors;
	}
}
