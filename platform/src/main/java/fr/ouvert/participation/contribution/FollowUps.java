package fr.ouvert.participation.contribution;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the published follow-up of a proposal, to show it on the proposal. */
@Repository
public class FollowUps {

	private final JdbcClient jdbc;

	FollowUps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The decision on this proposal, if the consultation's follow-ups are published. */
	public Optional<FollowUp> ofProposal(ConsultationRef consultation, long proposalId) {
		if (consultation.followUpsPublishedAt() == null) {
			return Optional.empty();
		}
		return jdbc.sql("select decision, explanation, created_at from participation_follow_up where proposal_id = ?")
			.param(proposalId)
			.query((rs, row) -> new FollowUp(rs.getString("decision"), rs.getString("explanation"),
					ConsultationRefs.instant(rs, "created_at")))
			.optional();
	}
}
