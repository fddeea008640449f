package fr.ouvert.hatvp.register;

import java.util.Optional;

/** HATVP's levels of intervention ({@code listNiveauIntervention}), in HATVP's order. */
public enum InterventionLevel implements ListItem {
	LOCAL("Local"),
	NATIONAL("National"),
	EUROPEEN("Européen"),
	MONDIAL("Mondial");

	private final String label;

	InterventionLevel(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	public static Optional<InterventionLevel> ofCode(String code) {
		return Vocabulary.byName(InterventionLevel.class, code);
	}

	public static Optional<InterventionLevel> ofLabel(String label) {
		return Vocabulary.byLabel(values(), InterventionLevel::label, label);
	}
}
