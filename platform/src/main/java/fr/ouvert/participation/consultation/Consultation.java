package fr.ouvert.participation.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.ouvert.kernel.web.Ui;

/**
 * A public consultation as stored. Markdown fields are kept as written; pages render them.
 *
 * @param closesAt the end of the last day of participation (exclusive): contributions stop at this instant
 */
public record Consultation(long id, String slug, String title, long organisationId, String organisationName, String theme,
		LegalBasis legalBasis, String replacesCommission, String context, String submittedText, String procedure,
		String moderationCharter, String announcedFollowUps, List<ContributionType> contributionTypes,
		boolean requiresVerified, Instant opensAt, Instant closesAt, Instant publishedAt, Instant closedAt,
		Instant synthesisPublishedAt, Instant followUpsPublishedAt, long createdBy, Instant createdAt, Instant updatedAt) {

	/** The type under which other modules attach records (comment threads) to a consultation. */
	public static final String LINKABLE_TYPE = "participation-consultation";

	public ConsultationPhase phase(Instant now) {
		return ConsultationPhase.at(now, publishedAt, opensAt, closesAt, closedAt, synthesisPublishedAt,
				followUpsPublishedAt);
	}

	public boolean offers(ContributionType type) {
		return contributionTypes.contains(type);
	}

	/** The first day of participation, in metropolitan France, or {@code null} while undated. */
	public LocalDate opensOn() {
		return opensAt == null ? null : LocalDate.ofInstant(opensAt, Ui.ZONE);
	}

	/** The last day of participation (contributions stop at the end of it), or {@code null} while undated. */
	public LocalDate lastDay() {
		return closesAt == null ? null : LocalDate.ofInstant(closesAt.minusSeconds(1), Ui.ZONE);
	}

	public String path() {
		return "/consultations/" + slug;
	}
}
