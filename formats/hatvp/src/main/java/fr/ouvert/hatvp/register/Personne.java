package fr.ouvert.hatvp.register;

/**
 * A director ({@code dirigeants}) or a person carrying out interest representation ({@code collaborateurs}).
 *
 * @param civilite {@code M} or {@code MME}
 */
public record Personne(String civilite, String nom, String prenom, String fonction) {
}
