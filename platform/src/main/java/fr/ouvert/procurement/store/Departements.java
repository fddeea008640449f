package fr.ouvert.procurement.store;

import java.util.regex.Pattern;

import fr.ouvert.decp.LieuExecution;

/**
 * The département (INSEE code) of a place of execution, when its code says it: a postal code, a commune's INSEE
 * code or a département code. Corsica is {@code 2A} or {@code 2B}, overseas départements {@code 971}–{@code 976};
 * anything else (a region, a country, a canton) gives {@code null}.
 */
final class Departements {

	private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
	private static final Pattern COMMUNE = Pattern.compile("(\\d{2}|2[AB])\\d{3}");
	private static final Pattern DEPARTEMENT = Pattern.compile("\\d{1,3}|2[AB]");

	private Departements() {
	}

	static String of(LieuExecution lieu) {
		if (lieu == null || lieu.code() == null || lieu.typeCode() == null) {
			return null;
		}
		String code = lieu.code().strip().toUpperCase(java.util.Locale.ROOT);
		return switch (lieu.typeCode()) {
			case "Code postal" -> FIVE_DIGITS.matcher(code).matches() ? fromPostalCode(code) : null;
			case "Code commune" -> COMMUNE.matcher(code).matches() ? fromCommune(code) : null;
			case "Code département" -> DEPARTEMENT.matcher(code).matches() ? checked(code.length() == 1 ? "0" + code : code) : null;
			default -> null;
		};
	}

	private static String fromPostalCode(String code) {
		if (code.startsWith("20")) {
			// Postal codes 200xx–201xx are in Corse-du-Sud, 202xx–206xx in Haute-Corse.
			return code.charAt(2) <= '1' ? "2A" : "2B";
		}
		return checked(code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2));
	}

	private static String fromCommune(String code) {
		return checked(code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2));
	}

	/** The code if it is a département's: 01–95 but 20, 2A, 2B, 971–976. */
	private static String checked(String code) {
		if (code.equals("2A") || code.equals("2B")) {
			return code;
		}
		if (!code.chars().allMatch(Character::isDigit)) {
			return null;
		}
		int number = Integer.parseInt(code);
		if (code.length() == 2) {
			return number >= 1 && number <= 95 && number != 20 ? code : null;
		}
		return code.length() == 3 && number >= 971 && number <= 976 ? code : null;
	}
}
