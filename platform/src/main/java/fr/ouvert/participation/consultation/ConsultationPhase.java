package fr.ouvert.participation.consultation;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a consultation stands: draft → scheduled → open → closed → synthesis published → follow-ups
 * published. Computed from its timestamps, never stored, so a consultation opens and closes at its dates
 * without a job. Contributions and vote changes are accepted only while {@link #OPEN}.
 */
public enum ConsultationPhase {

	DRAFT("draft"), SCHEDULED("scheduled"), OPEN("open"), CLOSED("closed"), SYNTHESIS_PUBLISHED("synthesis-published"),
	FOLLOW_UPS_PUBLISHED("follow-ups-published");

	private final String code;

	ConsultationPhase(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<ConsultationPhase> of(String code) {
		return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
	}

	/**
	 * The phase at {@code now}. Contributions stop at {@code closesAt} by themselves; {@code closedAt} is
	 * what the agent's "Clore" records (never before {@code closesAt}).
	 */
	public static ConsultationPhase at(Instant now, Instant publishedAt, Instant opensAt, Instant closesAt,
			Instant closedAt, Instant synthesisPublishedAt, Instant followUpsPublishedAt) {
		if (publishedAt == null) {
			return DRAFT;
		}
		if (followUpsPublishedAt != null) {
			return FOLLOW_UPS_PUBLISHED;
		}
		if (synthesisPublishedAt != null) {
			return SYNTHESIS_PUBLISHED;
		}
		if (closedAt != null || !now.isBefore(closesAt)) {
			return CLOSED;
		}
		return now.isBefore(opensAt) ? SCHEDULED : OPEN;
	}

	/** Whether the consultation's period is over (closed or any later phase). */
	public boolean ended() {
		return ordinal() >= CLOSED.ordinal();
	}

	/** A closed consultation whose synthesis is not public yet: CRPA L132-2 asks for one at the end. */
	public boolean overdue() {
		return this == CLOSED;
	}
}
