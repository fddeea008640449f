package fr.ouvert.decp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The contracts of the official DECP 2.0 example {@code official-example-2.0_marches_concessions.json}, built by
 * hand field by field (two marchés and two concessions that differ only by id, buyer and object).
 */
public final class OfficialExamples {

	public static final String FILE = "decp-2022/official-example-2.0_marches_concessions.json";

	private OfficialExamples() {
	}

	public static List<Contract> contracts() {
		return List.of(marche("TEST2022", "21750001630066", "envoi pour Json test 1"),
				marche("TEST2022Bis", "21750001630040", "envoi pour Json test 2"),
				concession("0612202306122024", "12345678901234", "Objet de la consultation 1"),
				concession("0612202306122023", "12345678901250", "Objet de la consultation 2"));
	}

	static Contract marche(String id, String acheteur, String objet) {
		return Contract.builder(ContractKind.MARCHE, Generation.DECP_2022)
				.id(id)
				.acheteurId(acheteur)
				.marcheInnovant(true)
				.origineUE(new BigDecimal("0.1"))
				.origineFrance(new BigDecimal("0.1"))
				.ccag("Travaux")
				.offresRecues(4)
				.formePrix("Forfaitaire")
				.typesPrix(List.of("Définitif ferme"))
				.considerationsEnvironnementales(List.of("Clause environnementale"))
				.attributionAvance(true)
				.considerationsSociales(List.of("Clause sociale", "Critère social"))
				.nature("Marché")
				.objet(objet)
				.codeCpv("45000000-7")
				.techniques(List.of("Concours", "Accord-cadre"))
				.modalitesExecution(List.of("Tranches"))
				.idAccordCadre("1234567890")
				.tauxAvance(new BigDecimal("0"))
				.titulaires(List.of(new Titulaire("SIRET", "55204599900869", null)))
				.typeGroupementOperateurs("Pas de groupement")
				.sousTraitanceDeclaree(true)
				.datePublicationDonnees(LocalDate.parse("2024-05-25"))
				.actesSousTraitance(List.of(new ActeSousTraitance(1, new Titulaire("SIRET", "214356", null), 12,
						LocalDate.parse("2023-10-11"), LocalDate.parse("2023-10-12"), new BigDecimal("123456.89"),
						"Révisable")))
				.modifications(List.of(new Modification(1, 1, null, LocalDate.parse("2022-10-18"),
						LocalDate.parse("2022-10-20"), 12, new BigDecimal("123457.87"),
						List.of(new Titulaire("SIRET", "868768687576575", null)))))
				.modificationsActesSousTraitance(List.of(new ModificationActeSousTraitance(1,
						LocalDate.parse("2022-10-20"), LocalDate.parse("2022-12-15"), 12, new BigDecimal("23465.87"))))
				.procedure("Appel d'offres ouvert")
				.lieuExecution(new LieuExecution("75000", "Code postal", null))
				.dureeMois(48)
				.dateNotification(LocalDate.parse("2024-05-15"))
				.montant(new BigDecimal("575000"))
				.build();
	}

	static Contract concession(String id, String autorite, String objet) {
		return Contract.builder(ContractKind.CONCESSION, Generation.DECP_2022)
				.id(id)
				.acheteurId(autorite)
				.nature("Concession de travaux")
				.objet(objet)
				.procedure("Procédure négociée ouverte")
				.dureeMois(12)
				.dateNotification(LocalDate.parse("2024-04-02"))
				.datePublicationDonnees(LocalDate.parse("2024-04-12"))
				.dateDebutExecution(LocalDate.parse("2024-04-01"))
				.montant(new BigDecimal("10.3"))
				.montantSubventionPublique(new BigDecimal("0.5"))
				.donneesExecution(List.of(new DonneesAnnuelles(LocalDate.parse("2024-04-18"), new BigDecimal("15.3"),
						List.of(new DonneesAnnuelles.Tarif("Intitulé du tarif", new BigDecimal("14.29")),
								new DonneesAnnuelles.Tarif("Intitulé du tarif2", new BigDecimal("19.29"))))))
				.titulaires(List.of(new Titulaire("SIRET", "38103128500491", null),
						new Titulaire("SIRET", "38103128500574", null)))
				.considerationsSociales(List.of("Clause sociale", "Critère social"))
				.considerationsEnvironnementales(List.of("Clause environnementale", "Critère environnemental"))
				.modifications(List.of(new Modification(1, 1, null, LocalDate.parse("2023-04-19"),
						LocalDate.parse("2023-04-20"), 14, new BigDecimal("25.0"), null)))
				.build();
	}
}
