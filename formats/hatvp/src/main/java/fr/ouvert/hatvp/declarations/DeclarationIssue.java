package fr.ouvert.hatvp.declarations;

/**
 * A value of a declaration that could not be read as its type says (a date that is not a date); the value is kept
 * as text.
 *
 * @param code a stable code, e.g. {@code HATVP-DECL-DATE}
 * @param path the element path from the declaration, e.g. {@code general/dateDebutMandat}
 * @param message what is wrong, in French
 */
public record DeclarationIssue(String code, String path, String message) {
}
