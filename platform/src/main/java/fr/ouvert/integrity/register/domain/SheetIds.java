package fr.ouvert.integrity.register.domain;

import java.security.SecureRandom;

/** Identifiers of activity sheets filed here, shaped like HATVP's ({@code identifiantFiche}: 8 capitals and digits). */
final class SheetIds {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private SheetIds() {
	}

	static String next() {
		StringBuilder id = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}
}
