package fr.ouvert.tableschema;

/**
 * SIREN and SIRET checks as python-stdnum's {@code stdnum.fr.siren} and {@code stdnum.fr.siret} (used by
 * Validata): spaces and dots are removed first; a SIREN is 9 digits passing Luhn; a SIRET is 14 digits whose
 * first 9 are a valid SIREN and that pass Luhn, except La Poste's establishments (SIREN 356000000, other than the
 * head office 35600000000048) whose digits must add up to a multiple of 5 instead.
 */
public final class FrenchIdentifiers {

	private static final String LA_POSTE_SIREN = "356000000";
	private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

	private FrenchIdentifiers() {
	}

	public static boolean isValidSiren(String value) {
		String number = compact(value);
		return number.length() == 9 && allDigits(number) && luhn(number, 9);
	}

	public static boolean isValidSiret(String value) {
		String number = compact(value);
		return siretKey(number) && luhn(number, 9);
	}

	/**
	 * The SIRET's own check on its 14 digits (Luhn, or La Poste's multiple of 5), without the check of the
	 * SIREN it starts with: reports tell the two apart.
	 */
	public static boolean hasValidSiretKey(String value) {
		return siretKey(compact(value));
	}

	private static boolean siretKey(String number) {
		if (number.length() != 14 || !allDigits(number)) {
			return false;
		}
		if (number.startsWith(LA_POSTE_SIREN) && !number.equals(LA_POSTE_HEAD_OFFICE)) {
			int sum = 0;
			for (int i = 0; i < number.length(); i++) {
				sum += number.charAt(i) - '0';
			}
			return sum % 5 == 0;
		}
		return luhn(number, 14);
	}

	/**
	 * Luhn: from the rightmost digit, every second digit is doubled (minus 9 when above 9); the sum of all
	 * digits must be a multiple of 10. Only the first {@code length} digits are read (no substring to allocate).
	 */
	static boolean luhn(String digits) {
		return luhn(digits, digits.length());
	}

	static boolean luhn(String digits, int length) {
		int sum = 0;
		boolean doubled = false;
		for (int i = length - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	private static String compact(String value) {
		if (allDigits(value)) {
			return value;
		}
		StringBuilder number = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c != ' ' && c != '.') {
				number.append(c);
			}
		}
		return number.toString().strip();
	}

	private static boolean allDigits(String number) {
		for (int i = 0; i < number.length(); i++) {
			if (number.charAt(i) < '0' || number.charAt(i) > '9') {
				return false;
			}
		}
		return !number.isEmpty();
	}
}
