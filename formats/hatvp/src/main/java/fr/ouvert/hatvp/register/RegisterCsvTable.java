package fr.ouvert.hatvp.register;

import java.util.List;

/**
 * The 15 tables of HATVP's CSV export of the register ("vues séparées", {@code Vues_Separees.zip}): file names and
 * columns, in HATVP's order. The keys are integers of the export, not stable from one export to the next:
 * {@code representants_id} → {@code exercices_id} → {@code activite_id} → {@code action_representation_interet_id}
 * (table 14 links each action to its activity).
 */
public enum RegisterCsvTable {
	INFORMATIONS_GENERALES("1_informations_generales", "representants_id", "adresse", "code_postal",
			"derniere_publication_activite", "date_premiere_publication", "declaration_organisation_appartenance",
			"declaration_tiers", "denomination", "identifiant_national", "activites_publiees", "page_facebook",
			"page_linkedin", "page_twitter", "site_web", "nom_usage_HATVP", "pays", "sigle_HATVP",
			"type_identifiant_national", "ville", "label_categorie_organisation"),
	DIRIGEANTS("2_dirigeants", "civilite_dirigeant", "fonction_dirigeant", "nom_dirigeant", "prenom_dirigeant",
			"representants_id", "nom_prenom_dirigeant"),
	COLLABORATEURS("3_collaborateurs", "civilite_collaborateur", "fonction_collaborateur", "nom_collaborateur",
			"prenom_collaborateur", "representants_id", "nom_prenom_collaborateur"),
	CLIENTS("4_clients", "representants_id", "denomination_client", "identifiant_national_client",
			"type_identifiant_national_client"),
	AFFILIATIONS("5_affiliations", "representants_id", "denomination_affiliation", "identifiant_national_affiliation",
			"type_identifiant_national_affiliation"),
	NIVEAUX_INTERVENTION("6_niveaux_intervention", "niveau_intervention", "representants_id"),
	DOMAINES_INTERVENTION("7_domaines_intervention", "domaines_intervention_actions_menees", "activite_id"),
	OBJETS_ACTIVITES("8_objets_activites", "activite_id", "exercices_id", "date_publication_activite",
			"identifiant_fiche", "objet_activite"),
	SECTEURS_ACTIVITES("9_secteurs_activites", "secteur_activite", "representants_id"),
	ACTIONS_MENEES("10_actions_menees", "action_menee", "action_representation_interet_id", "action_menee_autre"),
	BENEFICIAIRES("11_beneficiaires", "beneficiaire_action_menee", "action_representation_interet_id",
			"action_menee_en_propre"),
	DECISIONS_CONCERNEES("12_decisions_concernees", "decision_concernee", "action_representation_interet_id"),
	MINISTERES_AAI_API("13_ministeres_aai_api", "action_representation_interet_id", "responsable_public",
			"departement_ministeriel", "responsable_public_ou_dpt_ministeriel_autre"),
	OBSERVATIONS("14_observations", "action_representation_interet_id", "activite_id", "observation"),
	EXERCICES("15_exercices", "exercices_id", "representants_id", "date_debut", "date_fin", "exercice_sans_activite",
			"nombre_activites", "declaration_incomplete", "date_publication", "exercice_sans_CA", "montant_depense",
			"nombre_salaries", "chiffre_affaires", "annee_debut", "annee_fin", "montant_depense_inf",
			"montant_depense_sup", "ca_inf", "ca_sup");

	/** HATVP's separator. */
	public static final char SEPARATOR = ';';

	private final String name;
	private final List<String> columns;

	RegisterCsvTable(String name, String... columns) {
		this.name = name;
		this.columns = List.of(columns);
	}

	/** The name without extension, {@code 1_informations_generales}. */
	public String tableName() {
		return name;
	}

	public String fileName() {
		return name + ".csv";
	}

	public List<String> columns() {
		return columns;
	}
}
