package fr.ouvert.integrity.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import fr.ouvert.integrity.register.domain.Report;
import fr.ouvert.integrity.register.domain.ReportStatus;
import org.junit.jupiter.api.Test;

/** The deadline rule: three months after the end of the financial year, whatever day it ends; days in French time. */
class ReportStatusTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Test
	void theDeadlineIsThreeMonthsAfterTheEndOfTheFinancialYear() {
		assertThat(Report.deadlineOf(LocalDate.of(2018, 12, 31))).isEqualTo(LocalDate.of(2019, 3, 31));
		assertThat(Report.deadlineOf(LocalDate.of(2019, 1, 23))).isEqualTo(LocalDate.of(2019, 4, 23));
		assertThat(Report.deadlineOf(LocalDate.of(2018, 6, 30))).isEqualTo(LocalDate.of(2018, 9, 30));
		assertThat(Report.deadlineOf(LocalDate.of(2018, 11, 30))).isEqualTo(LocalDate.of(2019, 2, 28));
	}

	@Test
	void aReportFiledOnTheDeadlineIsOnTimeAndTheNextDayLate() {
		LocalDate deadline = LocalDate.of(2019, 3, 31);
		LocalDate today = LocalDate.of(2026, 1, 1);
		assertThat(ReportStatus.of(deadline, LocalDateTime.of(2019, 3, 31, 23, 30).atZone(PARIS).toInstant(), today))
			.isEqualTo(ReportStatus.ON_TIME);
		assertThat(ReportStatus.of(deadline, LocalDateTime.of(2019, 4, 1, 0, 30).atZone(PARIS).toInstant(), today))
			.isEqualTo(ReportStatus.LATE);
	}

	@Test
	void aReportNotFiledIsMissingOnlyOnceTheDeadlineHasPassed() {
		LocalDate deadline = LocalDate.of(2019, 3, 31);
		assertThat(ReportStatus.of(deadline, null, LocalDate.of(2019, 3, 31))).isEqualTo(ReportStatus.DUE);
		assertThat(ReportStatus.of(deadline, null, LocalDate.of(2019, 4, 1))).isEqualTo(ReportStatus.MISSING);
		assertThat(ReportStatus.MISSING.flagged()).isTrue();
		assertThat(ReportStatus.DUE.flagged()).isFalse();
	}
}
