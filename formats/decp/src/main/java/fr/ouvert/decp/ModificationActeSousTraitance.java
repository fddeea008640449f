package fr.ouvert.decp;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A modification of a subcontracting act (2022 format); {@link #id()} is the modified act's id. */
public record ModificationActeSousTraitance(Integer id, LocalDate dateNotification, LocalDate datePublicationDonnees,
		Integer dureeMois, BigDecimal montant) {
}
