package fr.ouvert.catalog.spd;

import java.time.LocalDate;

/**
 * Where the opening of a ministry's dataset stands, computed from its dates (the open data computes
 * it the same way in SQL): opened once opened; late when the planned date has passed; in progress
 * once work has started; planned before.
 */
public enum SpdStatus {
	PLANNED("planned"), IN_PROGRESS("in-progress"), OPENED("opened"), LATE("late");

	private final String code;

	SpdStatus(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	static SpdStatus of(LocalDate planned, LocalDate started, LocalDate opened, LocalDate today) {
		if (opened != null && !opened.isAfter(today)) {
			return OPENED;
		}
		if (planned.isBefore(today)) {
			return LATE;
		}
		if (started != null && !started.isAfter(today)) {
			return IN_PROGRESS;
		}
		return PLANNED;
	}
}
