package fr.ouvert.hatvp.register;

import java.util.Optional;

/** HATVP's levels of intervention ({@code listNiveauIntervention}), in HATVP's order. */
public enum InterventionLevel {
	LOCAL("Local"),
	NATIONAL("National"),
	EUROPEEN("Européen"),
	MONDIAL("Mondial");

	private final String label;

	InterventionLevel(String label) {
		this.label = label;
	}

	public String code() {
		return name();
	}

	public String label() {
		return label;
	}

	/** HATVP's rank, from 1. */
	public int ordre() {
		return ordinal() + 1;
	}

	public ElementListe asElement() {
		return new ElementListe(code(), label, ordre(), null);
	}

	public static Optional<InterventionLevel> ofCode(String code) {
		return Vocabulary.byName(InterventionLevel.class, code);
	}

	public static Optional<InterventionLevel> ofLabel(String label) {
		return Vocabulary.byLabel(values(), InterventionLevel::label, label);
	}
}
