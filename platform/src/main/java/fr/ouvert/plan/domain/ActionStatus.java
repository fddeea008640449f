package fr.ouvert.plan.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where an action stands, as its carrying institution reports it. */
public enum ActionStatus {
	NOT_STARTED("not-started"), IN_PROGRESS("in-progress"), COMPLETED("completed"), ABANDONED("abandoned");

	private final String code;

	ActionStatus(String code) {
		this.code = code;
	}

	/** The code used in the database, the API, the open data and message keys. */
	public String code() {
		return code;
	}

	public static Optional<ActionStatus> of(String code) {
		return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
	}

	public static ActionStatus fromCode(String code) {
		return of(code).orElseThrow(() -> new IllegalArgumentException("Unknown action status " + code));
	}
}
