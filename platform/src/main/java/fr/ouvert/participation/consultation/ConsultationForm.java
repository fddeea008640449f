package fr.ouvert.participation.consultation;

import java.time.LocalDate;
import java.util.List;

/**
 * A consultation as the agent's form posts it. Dates are days in metropolitan France: the consultation
 * opens at the start of {@code opensOn} and takes contributions until the end of {@code lastDay}.
 * The articles, documents, questions and seed statements are written in the small line formats the form
 * explains (see {@link MaterialFormats}).
 */
public record ConsultationForm(String title, String slug, String theme, Long organisationId, String legalBasis,
		String replacesCommission, String context, String submittedText, String articles, String documents,
		String procedure, String moderationCharter, String announcedFollowUps, List<String> contributionTypes,
		boolean requiresVerified, LocalDate opensOn, LocalDate lastDay, String questions, String statements) {

	/** The form's fields in the order the page shows them (and lists their errors). */
	public static final List<String> FIELDS = List.of("title", "slug", "theme", "organisationId", "legalBasis",
			"replacesCommission", "opensOn", "lastDay", "context", "documents", "submittedText", "articles", "procedure",
			"moderationCharter", "announcedFollowUps", "contributionTypes", "questions", "statements", "publish");

	public static ConsultationForm empty() {
		return new ConsultationForm("", "", "", null, LegalBasis.L131_1.code(), "", "", "", "", "", "", "", "",
				List.of(ContributionType.PROPOSALS.code(), ContributionType.COMMENTS.code()), false, null, null, "", "");
	}
}
