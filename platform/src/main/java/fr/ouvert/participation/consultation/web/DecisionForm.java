package fr.ouvert.participation.consultation.web;

/** A follow-up decision as typed: on a proposal (its id) or on a theme. */
public record DecisionForm(Long proposalId, String theme, String decision, String explanation) {
}
