package fr.ouvert.decp;

/**
 * A problem found in a record.
 *
 * @param severity what became of the record because of it
 * @param code a stable code (kebab case, e.g. {@code invalid-siret}, {@code procedure-1.4-label}) that reports count
 * @param field the path of the field in the published record (e.g. {@code acheteur.id}, {@code titulaires[2].id},
 *        {@code modifications[1].montant}), {@code null} for the record as a whole
 * @param message what is wrong and, for a correction, what was done, in French
 */
public record Issue(Severity severity, String code, String field, String message) {

	public enum Severity {
		/** The value was corrected (the message says how); the record is accepted. */
		CORRECTED,
		/** The value breaks a rule of the schema or of the regulations but is kept as published. */
		WARNING,
		/** The record cannot be used: it is rejected. */
		REJECTED
	}

	public static Issue corrected(String code, String field, String message) {
		return new Issue(Severity.CORRECTED, code, field, message);
	}

	public static Issue warning(String code, String field, String message) {
		return new Issue(Severity.WARNING, code, field, message);
	}

	public static Issue rejected(String code, String field, String message) {
		return new Issue(Severity.REJECTED, code, field, message);
	}
}
