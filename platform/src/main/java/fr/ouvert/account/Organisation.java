package fr.ouvert.account;

/**
 * A public organisation: a ministry, an authority, an agency, a local authority. Agents belong to
 * one.
 *
 * @param kind one of {@code ministry, secretariat, jurisdiction, independent-authority, agency,
 *             local-authority, other}
 */
public record Organisation(long id, String slug, String name, String acronym, String kind, String siret) {

	public static final java.util.List<String> KINDS = java.util.List.of("ministry", "secretariat", "jurisdiction",
			"independent-authority", "agency", "local-authority", "other");
}
