package fr.ouvert.decp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The state of a contract after its initial data (sequence 0) or after its n-th modification.
 *
 * @param sequence 0 for the initial data, then the modification's position
 * @param modificationId the 2022 format's modification id, if any
 * @param objetModification the 2019 format's description of the modification, if any
 * @param dateNotification notification (or signature) of the contract or of the modification
 * @param datePublicationDonnees publication of this version's data
 * @param montant the amount in force
 * @param dureeMois the duration in force
 * @param titulaires the holders in force
 */
public record ContractVersion(int sequence, Integer modificationId, String objetModification,
		LocalDate dateNotification, LocalDate datePublicationDonnees, BigDecimal montant, Integer dureeMois,
		List<Titulaire> titulaires) {
}
