package fr.ouvert.kernel.web;

/** Small helpers for reading form fields. */
public final class Forms {

	private Forms() {
	}

	/** The field without surrounding blanks, or {@code null} when nothing was typed. */
	public static String blankToNull(String field) {
		return field == null || field.isBlank() ? null : field.strip();
	}
}
