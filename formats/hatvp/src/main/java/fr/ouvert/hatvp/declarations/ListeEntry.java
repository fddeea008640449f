package fr.ouvert.hatvp.declarations;

import java.time.LocalDate;

/**
 * One row of HATVP's {@code liste.csv}: a document (declaration) of a person for a mandate. Columns absent from
 * older copies ({@code date_depot}, {@code open_data}, {@code statut_publication}) read as "".
 *
 * @param line the row's line in the file (the header is line 1)
 */
public record ListeEntry(long line, String civilite, String prenom, String nom, String classement, String typeMandat,
		String qualite, String typeDocument, String departement, String datePublication, String dateDepot,
		String nomFichier, String urlDossier, String openData, String statutPublication, String idOrigine,
		String urlPhoto) {

	private static final String PERSON_PAGES = "/pages_nominatives/";

	/** HATVP's slug of the person ({@code hakem-abbassia} for {@code /pages_nominatives/hakem-abbassia}), "" if none. */
	public String personSlug() {
		int at = urlDossier.indexOf(PERSON_PAGES);
		return at < 0 ? "" : urlDossier.substring(at + PERSON_PAGES.length()).replaceAll("/+$", "");
	}

	/** {@code date_publication} read as {@code yyyy-MM-dd}, null when empty or unreadable. */
	public LocalDate publicationDate() {
		return isoDate(datePublication);
	}

	/** {@code date_depot} read as {@code yyyy-MM-dd}, null when empty or unreadable. */
	public LocalDate depositDate() {
		return isoDate(dateDepot);
	}

	private static LocalDate isoDate(String text) {
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}
}
