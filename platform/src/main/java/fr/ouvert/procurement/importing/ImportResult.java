package fr.ouvert.procurement.importing;

/**
 * What an import of one file did.
 *
 * @param importId {@code procurement_import.id} (of the earlier import, for a skipped file)
 * @param status {@code done}: in the store; {@code skipped}: the same file was already imported for this source;
 *        {@code pending}: read and validated only, waiting for its publisher's confirmation
 * @param duplicates records whose contract was already in the store or earlier in the file
 * @param created contracts the import added to the store
 * @param updated stored contracts the import changed (a copy that wins, or fills gaps, or adds its source)
 */
public record ImportResult(long importId, String fileName, String status, int records, int accepted, int corrected,
		int rejected, int duplicates, int created, int updated) {

	public boolean skipped() {
		return "skipped".equals(status);
	}
}
