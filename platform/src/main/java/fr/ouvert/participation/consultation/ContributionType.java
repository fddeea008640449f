package fr.ouvert.participation.consultation;

import java.util.Arrays;
import java.util.Optional;

/** The ways of taking part a consultation offers, chosen by its agent. */
public enum ContributionType {

	PROPOSALS("proposals"), COMMENTS("comments"), ARTICLES("articles"), SURVEY("survey"), STATEMENTS("statements");

	private final String code;

	ContributionType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<ContributionType> of(String code) {
		return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
	}
}
