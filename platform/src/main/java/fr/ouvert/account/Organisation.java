package fr.ouvert.account;

/**
 * A public organisation: a ministry, an authority, an agency, a local authority. Agents belong to
 * one.
 *
 * @param kind one of {@code ministry, secretariat, jurisdiction, independent-authority, agency,
 *             local-authority, other}
 * @param description what the organisation does, shown in the catalogue (plain text), or null
 * @param website its website, or null
 * @param logoUrl the address of its logo image, or null
 */
public record Organisation(long id, String slug, String name, String acronym, String kind, String siret,
		String description, String website, String logoUrl) {

	public static final java.util.List<String> KINDS = java.util.List.of("ministry", "secretariat", "jurisdiction",
			"independent-authority", "agency", "local-authority", "other");
}
