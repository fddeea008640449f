package fr.ouvert.hatvp.register;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One registered interest representative as HATVP publishes it: one item of {@code publications} in
 * {@code agora_repertoire_opendata.json}. Components are named after HATVP's JSON keys; absent keys are {@code null},
 * absent lists are empty. Money and dates are typed; free texts are kept as published.
 *
 * @param secteursActivites {@code activites.listSecteursActivites}
 * @param niveauxIntervention {@code activites.listNiveauIntervention}
 * @param exercices the financial years, each reported on once a year
 */
public record Publication(
		String denomination,
		String nomUsage,
		String nomUsageHatvp,
		String sigleHatvp,
		String identifiantNational,
		String typeIdentifiantNational,
		CategorieOrganisation categorieOrganisation,
		String adresse,
		String codePostal,
		String ville,
		String pays,
		String lienSiteWeb,
		String lienPageTwitter,
		String lienPageFacebook,
		String lienPageLinkedin,
		String emailDeContact,
		String telephoneDeContact,
		Boolean publierMonAdressePhysique,
		Boolean publierMonAdresseEmail,
		Boolean publierMonTelephoneDeContact,
		List<Personne> dirigeants,
		List<Personne> collaborateurs,
		Boolean declarationTiers,
		List<Organisation> clients,
		Boolean declarationOrgaAppartenance,
		List<Organisation> affiliations,
		List<ElementListe> secteursActivites,
		List<ElementListe> niveauxIntervention,
		LocalDateTime datePremierePublication,
		LocalDateTime dateCreation,
		LocalDateTime dateDernierePublicationActivite,
		Boolean isActivitesPubliees,
		LocalDateTime dateCessation,
		String motifDesinscription,
		String motivationDesinscription,
		List<Exercice> exercices) {

	public Publication {
		dirigeants = List.copyOf(dirigeants);
		collaborateurs = List.copyOf(collaborateurs);
		clients = List.copyOf(clients);
		affiliations = List.copyOf(affiliations);
		secteursActivites = List.copyOf(secteursActivites);
		niveauxIntervention = List.copyOf(niveauxIntervention);
		exercices = List.copyOf(exercices);
	}

	/** The kind of national identifier, when HATVP's value is one of the three it uses. */
	public IdentifierType identifierType() {
		return IdentifierType.of(typeIdentifiantNational).orElse(null);
	}
}
