package fr.ouvert.integrity.register.web;

/** Amounts in euros as the pages write them: "25 000 €". */
public final class Money {

	private Money() {
	}

	public static String euros(long amount) {
		String digits = Long.toString(amount);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				out.append('\u202f');
			}
			out.append(digits.charAt(i));
		}
		return out.append("\u00a0€").toString();
	}
}
