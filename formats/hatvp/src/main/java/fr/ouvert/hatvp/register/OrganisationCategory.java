package fr.ouvert.hatvp.register;

import java.util.List;
import java.util.Optional;

/**
 * The categories of representatives whose HATVP code is known ({@code categorieOrganisation.code}). HATVP has
 * others (« Consultant indépendant », « Fondation », « Cabinet d'avocats »…) whose codes its exports do not show:
 * those are kept with their label only. Labels drift between the JSON and the CSV (« Cabinet de conseil » /
 * « Cabinet de conseils »): match on the code, or on any of the labels.
 */
public enum OrganisationCategory {
	SOCOM("Société commerciale"),
	ORPRO("Organisation professionnelle"),
	ASSOC("Association"),
	SYNDI("Syndicat"),
	COCAB("Cabinet de conseil", "Cabinet de conseils"),
	CHAMCO("Chambre consulaire"),
	AUORG("Autres organisations"),
	EPAIC("Etablissement public exerçant une activité industrielle et commerciale");

	private final String label;
	private final List<String> otherLabels;

	OrganisationCategory(String label, String... otherLabels) {
		this.label = label;
		this.otherLabels = List.of(otherLabels);
	}

	public String code() {
		return name();
	}

	public String label() {
		return label;
	}

	public static Optional<OrganisationCategory> ofCode(String code) {
		return Vocabulary.byName(OrganisationCategory.class, code);
	}

	public static Optional<OrganisationCategory> ofLabel(String label) {
		if (label == null) {
			return Optional.empty();
		}
		String wanted = Vocabulary.straightApostrophes(label.strip());
		for (OrganisationCategory category : values()) {
			if (category.label.equals(wanted) || category.otherLabels.contains(wanted)) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}
}
