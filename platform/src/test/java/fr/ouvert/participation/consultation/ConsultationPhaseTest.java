package fr.ouvert.participation.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The phase at the boundaries: contributions open at {@code opens_at} and stop exactly at {@code closes_at}. */
class ConsultationPhaseTest {

	private static final Instant PUBLISHED = Instant.parse("2026-11-01T10:00:00Z");
	private static final Instant OPENS = Instant.parse("2026-11-02T23:00:00Z");
	private static final Instant CLOSES = Instant.parse("2026-11-17T23:00:00Z");

	private static ConsultationPhase at(String now, Instant published, Instant closed, Instant synthesis, Instant followUps) {
		return ConsultationPhase.at(Instant.parse(now), published, OPENS, CLOSES, closed, synthesis, followUps);
	}

	@Test
	void theDatesDecideBetweenScheduledOpenAndClosed() {
		assertThat(at("2026-11-02T22:59:59Z", PUBLISHED, null, null, null)).isEqualTo(ConsultationPhase.SCHEDULED);
		assertThat(at("2026-11-02T23:00:00Z", PUBLISHED, null, null, null)).isEqualTo(ConsultationPhase.OPEN);
		assertThat(at("2026-11-17T22:59:59Z", PUBLISHED, null, null, null)).isEqualTo(ConsultationPhase.OPEN);
		assertThat(at("2026-11-17T23:00:00Z", PUBLISHED, null, null, null)).isEqualTo(ConsultationPhase.CLOSED);
	}

	@Test
	void theAgentsStepsComeAfterTheDates() {
		Instant closed = Instant.parse("2026-11-18T09:00:00Z");
		assertThat(at("2026-11-10T00:00:00Z", null, null, null, null)).isEqualTo(ConsultationPhase.DRAFT);
		assertThat(at("2026-11-20T00:00:00Z", PUBLISHED, closed, null, null)).isEqualTo(ConsultationPhase.CLOSED);
		assertThat(at("2026-11-20T00:00:00Z", PUBLISHED, closed, closed, null)).isEqualTo(ConsultationPhase.SYNTHESIS_PUBLISHED);
		assertThat(at("2026-11-20T00:00:00Z", PUBLISHED, closed, closed, closed)).isEqualTo(ConsultationPhase.FOLLOW_UPS_PUBLISHED);
	}

	@Test
	void onlyAClosedConsultationWithoutSynthesisIsOverdue() {
		assertThat(ConsultationPhase.values()).filteredOn(ConsultationPhase::overdue).containsExactly(ConsultationPhase.CLOSED);
		assertThat(ConsultationPhase.values()).filteredOn(ConsultationPhase::ended).containsExactly(ConsultationPhase.CLOSED,
				ConsultationPhase.SYNTHESIS_PUBLISHED, ConsultationPhase.FOLLOW_UPS_PUBLISHED);
	}
}
