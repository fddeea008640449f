package fr.ouvert.integrity.register.importing;

import fr.ouvert.hatvp.register.RegisterReadReport;

/**
 * What an import of the register did: what the reader read, and what changed in the register.
 *
 * @param created representatives registered by this import
 * @param versioned representatives whose content changed: a new version each
 * @param unchanged representatives read with the content already stored
 * @param reportsCreated reports (financial years) stored for the first time
 * @param reportsReplaced stored reports whose content changed
 */
public record ImportResult(RegisterReadReport read, long created, long versioned, long unchanged, long reportsCreated,
		long reportsReplaced, long reportsUnchanged) {

	public boolean changedNothing() {
		return created == 0 && versioned == 0 && reportsCreated == 0 && reportsReplaced == 0;
	}

	/** One line for the command line and the log. */
	public String summary() {
		return String.format("%s : %d représentant(s), %d exercice(s), %d activité(s) lus ; %d inscrit(s), %d nouvelle(s) "
				+ "version(s), %d inchangé(s) ; %d exercice(s) ajouté(s), %d remplacé(s), %d inchangé(s)", read.file(),
				read.publications(), read.exercices(), read.activites(), created, versioned, unchanged, reportsCreated,
				reportsReplaced, reportsUnchanged);
	}
}
