package fr.ouvert.hatvp.register;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One activity sheet ({@code activites[].publicationCourante}): one objective of interest representation in a
 * financial year.
 *
 * @param identifiantFiche HATVP's id of the sheet, 8 characters
 * @param objet the objective, free text
 * @param domainesIntervention the fields concerned (« Déchets », « Energie nucléaire »…)
 */
public record Activite(
		String identifiantFiche,
		String objet,
		List<String> domainesIntervention,
		LocalDateTime publicationDate,
		List<ActionRepresentationInteret> actionsRepresentationInteret) {

	public Activite {
		domainesIntervention = List.copyOf(domainesIntervention);
		actionsRepresentationInteret = List.copyOf(actionsRepresentationInteret);
	}
}
