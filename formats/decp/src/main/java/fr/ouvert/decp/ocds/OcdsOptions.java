package fr.ouvert.decp.ocds;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an OCDS publication says about itself.
 *
 * @param ocidPrefix the publisher's registered ocid prefix ({@code ocds-} and six lowercase letters or digits),
 *        issued by the Open Contracting Partnership; {@code ocds-78apv2} was Etalab's and must not be reused
 * @param publisherName the publisher's name
 * @param publisherScheme the scheme of the publisher's identifier (e.g. {@code FR-RCS}), or {@code null}
 * @param publisherUid the publisher's identifier in that scheme, or {@code null}
 * @param packageUri the URI of the package (where it is published)
 * @param license the URL of the data's licence, or {@code null}
 * @param publicationPolicy the URL of the publication policy, or {@code null}
 */
public record OcdsOptions(String ocidPrefix, String publisherName, String publisherScheme, String publisherUid,
		String packageUri, String license, String publicationPolicy) {

	private static final Pattern PREFIX = Pattern.compile("ocds-[a-z0-9]{6}");

	/** The Licence Ouverte 2.0 (Etalab), the licence of French public data. */
	public static final String LICENCE_OUVERTE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence";

	public OcdsOptions {
		Objects.requireNonNull(ocidPrefix, "ocidPrefix");
		if (!PREFIX.matcher(ocidPrefix).matches()) {
			throw new IllegalArgumentException("Préfixe d'ocid invalide « " + ocidPrefix
					+ " » : attendu « ocds- » suivi de six lettres minuscules ou chiffres (préfixe enregistré auprès de l'Open Contracting Partnership)");
		}
		Objects.requireNonNull(publisherName, "publisherName");
		Objects.requireNonNull(packageUri, "packageUri");
	}

	/** Options for a publication by Ouvert under the given prefix, with the Licence Ouverte. */
	public static OcdsOptions defaults(String ocidPrefix) {
		return new OcdsOptions(ocidPrefix, "Ouvert", null, null, "urn:ouvert:ocds:" + ocidPrefix, LICENCE_OUVERTE,
				null);
	}
}
