package fr.ouvert.catalog.spd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The status of a calendar entry follows from its dates, seen on 1 June 2020. */
class SpdStatusTest {

	private static final LocalDate TODAY = LocalDate.of(2020, 6, 1);

	@Test
	void plannedUntilWorkStartsThenInProgress() {
		assertThat(SpdStatus.of(LocalDate.of(2020, 12, 31), null, null, TODAY)).isEqualTo(SpdStatus.PLANNED);
		assertThat(SpdStatus.of(LocalDate.of(2020, 12, 31), LocalDate.of(2020, 7, 1), null, TODAY)).isEqualTo(SpdStatus.PLANNED);
		assertThat(SpdStatus.of(LocalDate.of(2020, 12, 31), TODAY, null, TODAY)).isEqualTo(SpdStatus.IN_PROGRESS);
	}

	@Test
	void lateOnceThePlannedDateHasPassedWithoutOpening() {
		assertThat(SpdStatus.of(TODAY, LocalDate.of(2019, 1, 1), null, TODAY)).isEqualTo(SpdStatus.IN_PROGRESS);
		assertThat(SpdStatus.of(LocalDate.of(2020, 5, 31), LocalDate.of(2019, 1, 1), null, TODAY)).isEqualTo(SpdStatus.LATE);
	}

	@Test
	void openedWinsEvenAfterThePlannedDate() {
		assertThat(SpdStatus.of(LocalDate.of(2019, 12, 31), null, LocalDate.of(2020, 3, 1), TODAY)).isEqualTo(SpdStatus.OPENED);
	}
}
