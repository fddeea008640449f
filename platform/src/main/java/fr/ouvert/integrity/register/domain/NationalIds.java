package fr.ouvert.integrity.register.domain;

import java.util.Optional;

/** The national identifiers the register knows: SIREN (9 digits, Luhn key), RNA (W + 9 characters), HATVP (H + 9 digits). */
public final class NationalIds {

	private NationalIds() {
	}

	public static boolean valid(String type, String id) {
		if (id == null) {
			return false;
		}
		return switch (type) {
			case "SIREN" -> id.matches("\\d{9}") && luhn(id);
			case "RNA" -> id.matches("W[0-9A-Z]\\d{8}");
			case "HATVP" -> id.matches("H\\d{9}");
			default -> false;
		};
	}

	/** The type of a well-formed identifier. */
	public static Optional<String> typeOf(String id) {
		for (String type : new String[] { "SIREN", "RNA", "HATVP" }) {
			if (valid(type, id)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return sum % 10 == 0;
	}
}
