package fr.ouvert.hatvp.register;

/**
 * An item of one of HATVP's coded lists as the JSON publishes it: a sector of activity
 * ({@code listSecteursActivites}) or a level of intervention ({@code listNiveauIntervention}).
 *
 * @param ordre the rank in HATVP's list
 * @param categorie always {@code null} in the published files, kept for the round trip
 */
public record ElementListe(String code, String label, Integer ordre, String categorie) {
}
