package fr.ouvert.tableschema;

/**
 * How to validate.
 *
 * @param ignoreHeaderCase match header labels to field names without regard to case (Validata's
 *                         {@code ignore_header_case})
 * @param maxErrors        how many errors the report keeps; the counts cover all of them. Keeps memory flat on a
 *                         broken file of millions of rows
 */
public record ValidationOptions(boolean ignoreHeaderCase, int maxErrors) {

	public static final int DEFAULT_MAX_ERRORS = 1000;

	public ValidationOptions {
		if (maxErrors < 0) {
			throw new IllegalArgumentException("maxErrors must be 0 or more, got " + maxErrors);
		}
	}

	public static ValidationOptions defaults() {
		return new ValidationOptions(false, DEFAULT_MAX_ERRORS);
	}

	public ValidationOptions withIgnoreHeaderCase(boolean ignore) {
		return new ValidationOptions(ignore, maxErrors);
	}

	public ValidationOptions withMaxErrors(int max) {
		return new ValidationOptions(ignoreHeaderCase, max);
	}
}
