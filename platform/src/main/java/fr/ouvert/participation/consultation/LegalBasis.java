package fr.ouvert.participation.consultation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The legal frame of a consultation: CRPA L131-1 (any consultation the administration chooses to hold),
 * L132-1 (an open consultation on the internet replacing a mandatory advisory commission before a
 * regulatory act), or another text.
 */
public enum LegalBasis {

	L131_1("L131-1"), L132_1("L132-1"), OTHER("other");

	private final String code;

	LegalBasis(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<LegalBasis> of(String code) {
		return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
	}
}
