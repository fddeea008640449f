package fr.ouvert.comment;

import java.util.Arrays;
import java.util.Optional;

/** The side a comment takes on its subject, on threads that ask for it (Decidim's +1 / 0 / −1). */
public enum Alignment {

	FOR("for"), NEUTRAL("neutral"), AGAINST("against");

	private final String code;

	Alignment(String code) {
		this.code = code;
	}

	/** As stored and sent by forms: {@code for}, {@code neutral}, {@code against}. */
	public String code() {
		return code;
	}

	public static Optional<Alignment> fromCode(String code) {
		return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
	}
}
