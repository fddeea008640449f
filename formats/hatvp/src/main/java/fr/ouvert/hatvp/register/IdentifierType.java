package fr.ouvert.hatvp.register;

import java.util.Optional;

/** {@code typeIdentifiantNational}: what kind of national identifier a representative, client or affiliation has. */
public enum IdentifierType {
	/** 9 digits, from the national register of companies. */
	SIREN,
	/** W followed by 9 characters, from the national register of associations. */
	RNA,
	/** H followed by 9 digits, given by HATVP to organisations that have neither. */
	HATVP;

	public static Optional<IdentifierType> of(String value) {
		return Vocabulary.byName(IdentifierType.class, value);
	}
}
