package fr.ouvert.hatvp.register;

/**
 * A client of a consultancy ({@code clients}) or an organisation the representative belongs to
 * ({@code affiliations}).
 *
 * @param ancienClient published for clients only: a former client
 */
public record Organisation(String denomination, String identifiantNational, String typeIdentifiantNational,
		Boolean ancienClient) {
}
