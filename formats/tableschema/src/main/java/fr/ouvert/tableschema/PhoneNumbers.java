package fr.ouvert.tableschema;

/**
 * Phone numbers accepted by Validata's {@code phone-number-value}: French numbers (10 digits starting with 0 and
 * a non-zero digit, or +33 / 0033 followed by 9 digits, "(0)" allowed), French short numbers (15, 17, 18, 112,
 * 115, 116 xxx, 3949, 10xx…) and international numbers (+ or 00, country code, 8 to 15 digits in all as E.164
 * allows). Spaces, dots, dashes and parentheses may separate digits. Validata uses Google's libphonenumber, which
 * also knows each country's numbering plan; this rule only knows France's and the E.164 lengths elsewhere.
 */
final class PhoneNumbers {

	private PhoneNumbers() {
	}

	static boolean isValid(String value) {
		String text = value.strip();
		boolean international = text.startsWith("+");
		StringBuilder digits = new StringBuilder(text.length());
		for (int i = international ? 1 : 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			} else if (" .-()/\u00a0".indexOf(c) < 0) {
				return false;
			}
		}
		String number = digits.toString();
		if (!international && number.startsWith("00")) {
			international = true;
			number = number.substring(2);
		}
		if (international) {
			if (number.startsWith("33")) {
				String national = number.substring(2);
				if (national.startsWith("0") && text.contains("(0)")) {
					national = national.substring(1);
				}
				return national.length() == 9 && national.charAt(0) != '0';
			}
			return number.length() >= 8 && number.length() <= 15 && number.charAt(0) != '0';
		}
		if (number.length() == 10) {
			return number.charAt(0) == '0' && number.charAt(1) != '0';
		}
		return isFrenchShortNumber(number);
	}

	/** Emergency and service numbers: 15, 17, 18, 112, 114, 115, 119, 116xxx, 10xx, 3xxx. */
	private static boolean isFrenchShortNumber(String number) {
		return number.matches("1[0-9]|11[0-9]|116\\d{3}|10\\d{2}|3\\d{3}");
	}
}
