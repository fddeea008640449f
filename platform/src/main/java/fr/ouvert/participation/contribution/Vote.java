package fr.ouvert.participation.contribution;

import java.util.Arrays;
import java.util.Optional;

/** A vote on a statement, stored as Pol.is exports it: agree 1, disagree -1, pass 0. */
public enum Vote {
	AGREE(1), DISAGREE(-1), PASS(0);

	private final int value;

	Vote(int value) {
		this.value = value;
	}

	public int value() {
		return value;
	}

	/** {@code agree}, {@code disagree} or {@code pass}. */
	public String code() {
		return name().toLowerCase();
	}

	public static Optional<Vote> ofCode(String code) {
		return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
	}

	public static Vote ofValue(int value) {
		return Arrays.stream(values()).filter(v -> v.value == value).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No vote " + value));
	}
}
