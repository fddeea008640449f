package fr.ouvert.participation.contribution;

import java.time.Instant;
import java.util.List;

/**
 * A published consultation as contributions see it: what it offers, whom it accepts, whether its
 * follow-ups are public. Its phase is asked of {@code Consultations}.
 *
 * @param contributionTypes among {@code proposals, comments, articles, survey, statements}
 */
public record ConsultationRef(long id, String slug, String title, long organisationId, List<String> contributionTypes,
		boolean requiresVerified, Instant followUpsPublishedAt) {

	public static final String PROPOSALS = "proposals";
	public static final String ARTICLES = "articles";
	public static final String SURVEY = "survey";
	public static final String STATEMENTS = "statements";

	public boolean offers(String contributionType) {
		return contributionTypes.contains(contributionType);
	}

	public String path() {
		return "/consultations/" + slug;
	}
}
