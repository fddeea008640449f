package fr.ouvert.hatvp.register;

import java.util.Optional;

/** The types of action carried out ({@code actionsMenees}), as HATVP labels them. */
public enum ActionType {
	DISCUSSIONS_INFORMELLES("Organiser des discussions informelles ou des réunions en tête-à-tête"),
	INFORMATIONS_EXPERTISES("Transmettre aux décideurs publics des informations, expertises dans un objectif de conviction"),
	SUGGESTIONS_REDACTION("Transmettre des suggestions afin d'influencer la rédaction d'une décision publique"),
	CORRESPONDANCE("Etablir une correspondance régulière (par courriel, par courrier…)"),
	EVENEMENTS("Inviter ou organiser des évènements, des rencontres ou des activités promotionnelles"),
	ENTREVUE_POUR_TIERS("Convenir pour un tiers d'une entrevue avec le titulaire d'une charge publique"),
	AUDITIONS_CONSULTATIONS("Organiser des auditions, des consultations formelles sur des actes législatifs ou d'autres consultations ouvertes"),
	PETITIONS("Envoyer des pétitions, lettres ouvertes, tracts"),
	DEBATS_PUBLICS("Organiser des débats publics, des marches, des stratégies d'influence sur internet"),
	AUTRES("Autres : à préciser");

	private final String label;

	ActionType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<ActionType> ofLabel(String label) {
		return Vocabulary.byLabel(values(), ActionType::label, label);
	}
}
