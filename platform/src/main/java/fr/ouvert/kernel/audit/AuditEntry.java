package fr.ouvert.kernel.audit;

import java.time.Instant;

import fr.ouvert.kernel.security.Sha256;

/**
 * One entry of the audit trail: who did what to which record, with its state before and after
 * (JSON text, exactly as hashed).
 */
public record AuditEntry(long id, Instant recordedAt, Long actorId, String actorLabel, String action,
		String subjectType, String subjectId, String beforeState, String afterState, String previousHash,
		String hash) {

	/** The previous hash of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	/**
	 * SHA-256 over every field but the hash itself. Each field is written with its length, so no
	 * choice of values can make two different entries hash the same text.
	 */
	public String computeHash() {
		StringBuilder text = new StringBuilder();
		for (Object field : new Object[] { id, recordedAt, actorId, actorLabel, action, subjectType, subjectId,
				beforeState, afterState, previousHash }) {
			String value = field == null ? "\u0000" : field.toString();
			text.append(value.length()).append(':').append(value).append('|');
		}
		return Sha256.hex(text.toString());
	}
}
