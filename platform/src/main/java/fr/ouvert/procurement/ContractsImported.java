package fr.ouvert.procurement;

/**
 * Published when a DECP file's contracts have entered the store (in the importing transaction), so that what is
 * derived from the whole store — red flags — is brought up to date.
 *
 * @param importId the import ({@code procurement_import.id})
 * @param contractsWritten contracts created or updated by it
 */
public record ContractsImported(long importId, int contractsWritten) {
}
