package fr.ouvert.decp;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A subcontracting act declared on a marché (2022 format), as first published. */
public record ActeSousTraitance(Integer id, Titulaire sousTraitant, Integer dureeMois, LocalDate dateNotification,
		LocalDate datePublicationDonnees, BigDecimal montant, String variationPrix) {
}
