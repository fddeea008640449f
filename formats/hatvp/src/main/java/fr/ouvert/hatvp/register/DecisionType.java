package fr.ouvert.hatvp.register;

import java.util.Optional;

/** The types of public decision an action may concern ({@code decisionsConcernees}), as HATVP labels them. */
public enum DecisionType {
	LOIS("Lois, y compris constitutionnelles"),
	ORDONNANCES("Ordonnances de l'article 38 de la Constitution"),
	ACTES_REGLEMENTAIRES("Actes réglementaires"),
	DECISIONS_ESPECE("Décisions d'espèce"),
	MARCHES_PUBLICS("Marchés publics d'une valeur supérieure aux seuils européens"),
	CONTRATS_CONCESSION("Contrats de concession d'une valeur supérieure aux seuils européens"),
	AUTORISATIONS_OCCUPATION("Contrats valant autorisation temporaire d'occupation du domaine public"),
	CESSIONS_DOMAINE_PRIVE("Contrats de cession d'un bien du domaine privé de l'État ou de ses établissements publics"),
	BAUX_EMPHYTEOTIQUES("Baux emphytéotiques administratifs"),
	SEM_OPERATION_UNIQUE("Délibérations approuvant la constitution d'une société d'économie mixte à opération unique"),
	AUTRES("Autres décisions publiques");

	private final String label;

	DecisionType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<DecisionType> ofLabel(String label) {
		return Vocabulary.byLabel(values(), DecisionType::label, label);
	}
}
