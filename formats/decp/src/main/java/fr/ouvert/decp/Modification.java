package fr.ouvert.decp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A modification of a contract. Its values are the contract's new values, not deltas; a {@code null} value is
 * unchanged.
 *
 * @param position the modification's rank in the contract, from 1, in the published order
 * @param id the 2022 format's modification id; {@code null} in the 2019 format
 * @param objetModification what changed, published by the 2019 format only
 * @param dateNotification notification of the modification (signature, for a concession)
 * @param datePublicationDonnees publication of the modification's data
 * @param dureeMois the new duration
 * @param montant the new amount (valeur globale, for a concession)
 * @param titulaires the new full list of holders, or {@code null} when unchanged
 */
public record Modification(int position, Integer id, String objetModification, LocalDate dateNotification,
		LocalDate datePublicationDonnees, Integer dureeMois, BigDecimal montant, List<Titulaire> titulaires) {

	public Modification {
		titulaires = titulaires == null ? null : List.copyOf(titulaires);
	}
}
