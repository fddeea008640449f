package fr.ouvert.catalog.request;

import java.util.Arrays;
import java.util.Optional;

/** Who asks, as the requester says in the form: the only thing published about them. */
public enum RequesterKind {
	CITIZEN("citizen"), COMPANY("company"), ASSOCIATION("association");

	private final String code;

	RequesterKind(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<RequesterKind> of(String code) {
		return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
	}

	static RequesterKind fromCode(String code) {
		return of(code).orElseThrow(() -> new IllegalArgumentException("Unknown requester kind " + code));
	}
}
