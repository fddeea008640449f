package fr.ouvert.hatvp.declarations;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sections of a declaration of interests (loi 2013-907 art. 4 III, LO 135-1), with the fields their items
 * carry. The order is the order of HATVP's form. Asset sections (DSP) are read as any other section but have no
 * description here: their element structure has no published sample.
 */
public enum SectionKind {

	ACTIVITES_PROFESSIONNELLES("activProfCinqDerniereDto", "activites_professionnelles",
			List.of("description", "employeur", "dateDebut", "dateFin"), List.of(), true),
	ACTIVITES_CONSULTANT("activConsultantDto", "activites_consultant",
			List.of("description", "nomEmployeur", "employeur", "dateDebut", "dateFin"), List.of(), true),
	PARTICIPATIONS_DIRIGEANTS("participationDirigeantDto", "participations_organes_dirigeants",
			List.of("nomSociete", "activite", "dateDebut", "dateFin"), List.of(), true),
	PARTICIPATIONS_FINANCIERES("participationFinanciereDto", "participations_financieres",
			List.of("nomSociete"), List.of("evaluation", "remuneration", "capitalDetenu", "nombreParts"), false),
	ACTIVITES_CONJOINT("activProfConjointDto", "activites_conjoint",
			List.of("nomConjoint", "employeurConjoint", "activiteProf"), List.of(), false),
	FONCTIONS_BENEVOLES("fonctionBenevoleDto", "fonctions_benevoles",
			List.of("nomStructure", "descriptionActivite"), List.of(), false),
	MANDATS_ELECTIFS("mandatElectifDto", "mandats_electifs",
			List.of("descriptionMandat", "dateDebut", "dateFin"), List.of(), true),
	COLLABORATEURS("activCollaborateursDto", "collaborateurs",
			List.of("nom", "employeur", "descriptionActivite"), List.of(), false),
	OBSERVATIONS("observationInteretDto", "observations", List.of("contenu"), List.of(), false);

	private final String element;
	private final String fileName;
	private final List<String> textFields;
	private final List<String> amountFields;
	private final boolean yearlyRemuneration;

	SectionKind(String element, String fileName, List<String> textFields, List<String> amountFields,
			boolean yearlyRemuneration) {
		this.element = element;
		this.fileName = fileName;
		this.textFields = textFields;
		this.amountFields = amountFields;
		this.yearlyRemuneration = yearlyRemuneration;
	}

	/** The element name in the XML. */
	public String element() {
		return element;
	}

	/** The name of the section's CSV file, without {@code .csv}. */
	public String fileName() {
		return fileName;
	}

	/** The text fields of an item, besides {@code motif/id}, {@code commentaire} and {@code conservee}. */
	public List<String> textFields() {
		return textFields;
	}

	/** The fields holding a free-text amount, percentage or count, read as {@link Amount}. */
	public List<String> amountFields() {
		return amountFields;
	}

	/** Whether items carry a {@code remuneration} declared year by year. */
	public boolean yearlyRemuneration() {
		return yearlyRemuneration;
	}

	public static Optional<SectionKind> of(String element) {
		return Arrays.stream(values()).filter(k -> k.element.equals(element)).findFirst();
	}

	public static Optional<SectionKind> ofFileName(String fileName) {
		return Arrays.stream(values()).filter(k -> k.fileName.equals(fileName)).findFirst();
	}
}
