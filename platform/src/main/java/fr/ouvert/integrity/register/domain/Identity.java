package fr.ouvert.integrity.register.domain;

import java.util.List;

/**
 * What a representative declares about itself (HATVP's "informations générales"): one version of a registration.
 * Stored whole as the version's document; two versions are the same when their documents are equal.
 *
 * @param nationalIdType SIREN, RNA or HATVP
 * @param sectors HATVP sector codes
 * @param levels HATVP levels of intervention (LOCAL, NATIONAL, EUROPEEN, MONDIAL)
 * @param asPublished what an imported registration says beyond the register's form, or {@code null}
 */
public record Identity(String denomination, String usageName, String acronym, String nationalId, String nationalIdType,
		String categoryCode, String categoryLabel, String categoryFamily, String address, String postalCode, String city,
		String country, String website, String twitter, String facebook, String linkedin, List<Person> directors,
		List<Person> collaborators, boolean onBehalfOfThirdParties, List<Party> clients, boolean memberOfOrganisations,
		List<Party> affiliations, List<String> sectors, List<String> levels, String cessationDate,
		AsPublished asPublished) {

	public Identity {
		directors = List.copyOf(directors);
		collaborators = List.copyOf(collaborators);
		clients = List.copyOf(clients);
		affiliations = List.copyOf(affiliations);
		sectors = List.copyOf(sectors);
		levels = List.copyOf(levels);
	}

	/**
	 * The fields of HATVP's files that the register's own form does not ask, kept from an import so that the
	 * downloads in HATVP's shapes give them back. The contact e-mail and telephone are published only where the
	 * representative chose to publish them ({@code publishEmail}, {@code publishPhone}), as HATVP does.
	 */
	public record AsPublished(String usageName, String hatvpUsageName, String contactEmail, String contactPhone, Boolean publishAddress,
			Boolean publishEmail, Boolean publishPhone, Boolean categoryWithoutTurnover, String createdAt,
			String lastActivityPublishedAt, Boolean activitiesPublished, String removalReason, String removalMotivation) {
	}

	/** A director or a person carrying out representation: names as the register publishes them. */
	public record Person(String civility, String lastName, String firstName, String function) {
	}

	/** A client or an affiliation: an organisation, with its national identifier when known. */
	public record Party(String denomination, String nationalId, String nationalIdType, boolean former) {
	}

	/** The national identifiers of the clients, for the consultancy ↔ client network. */
	public List<String> clientIds() {
		return clients.stream().map(Party::nationalId).filter(id -> id != null && !id.isBlank()).distinct().toList();
	}
}
