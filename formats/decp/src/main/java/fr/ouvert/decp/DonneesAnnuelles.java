package fr.ouvert.decp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One year of execution data of a concession: investment spending and the tariffs charged to users. */
public record DonneesAnnuelles(LocalDate datePublicationDonneesExecution, BigDecimal depensesInvestissement,
		List<Tarif> tarifs) {

	public DonneesAnnuelles {
		tarifs = tarifs == null ? List.of() : List.copyOf(tarifs);
	}

	public record Tarif(String intituleTarif, BigDecimal tarif) {
	}
}
