package fr.ouvert.hatvp.register;

import java.util.Optional;

/** HATVP's 29 sectors of activity ({@code listSecteursActivites}), in HATVP's order. */
public enum Sector implements ListItem {
	ETRANGER("Affaires étrangères, coopération internationale"),
	AGRI("Agriculture, alimentation, pêche"),
	CULTURE("Arts, patrimoine culturel"),
	FINANCE("Banques, assurances, secteur financier"),
	COMMERCE("Commerce extérieur"),
	CONSO("Concurrence, consommation"),
	SECURITE("Défense, sécurité"),
	ECONOMIE("Economie"),
	EDUCATION("Education, enseignement supérieur, formation"),
	EMPLOI("Travail, emploi, solidarité"),
	ENERGIE("Energie"),
	RECHERCHE("Recherche, innovation"),
	FINANCES("Fiscalité, finances publiques"),
	ENTREPRISE("Gouvernance d’entreprise"),
	ENVIRONNEMENT("Environnement"),
	JUSTICE("Justice"),
	AMENAGEMENT("Logement, aménagement du territoire, urbanisme"),
	MEDIA("Médias, industries culturelles"),
	NUMERIQUE("Numérique"),
	OUTREMER("Outre-mer"),
	PUBLIC("Pouvoirs publics, institutions, fonction publique"),
	PROREG("Professions réglementées"),
	PROPINT("Propriété intellectuelle"),
	MIGRA("Questions migratoires"),
	SANTE("Santé, sécurité sociale"),
	SOCIETE("Questions de société"),
	SPORTS("Sports, loisirs, tourisme"),
	COM("Communications électroniques"),
	TRANSPORTS("Transports, logistique");

	private final String label;

	Sector(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	public static Optional<Sector> ofCode(String code) {
		return Vocabulary.byName(Sector.class, code);
	}

	public static Optional<Sector> ofLabel(String label) {
		return Vocabulary.byLabel(values(), Sector::label, label);
	}
}
