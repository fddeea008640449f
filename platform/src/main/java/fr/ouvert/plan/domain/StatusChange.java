package fr.ouvert.plan.domain;

import java.time.Instant;

/**
 * One status update of an action, as published: the organisation that made it, not the person
 * (who is kept in the audit trail).
 */
public record StatusChange(long id, String actionId, ActionStatus status, int completion, String comment,
		String evidenceUrl, String evidenceDescription, String organisationName, Instant changedAt) {
}
