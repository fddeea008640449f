package fr.ouvert.decp;

/**
 * One record as published, before any correction: a tree of {@code Map<String, Object>} (fields in published
 * order), {@code List<Object>}, {@code String}, {@link Number}, {@code Boolean} and {@code null}. XML gives only
 * maps, lists and strings.
 *
 * @param value the record
 * @param containerKind the kind its container says ({@code marche} or {@code contrat-concession}), or null
 * @param containerGeneration the generation its container suggests (root list: 2019; {@code marches.marche}: 2022)
 * @param xml whether it was read from XML, where every value is text
 */
record RawRecord(Object value, ContractKind containerKind, Generation containerGeneration, boolean xml) {

	/** A JSON number, kept as its published text so that nothing is lost or rounded before validation. */
	record Number(String text) {
	}
}
