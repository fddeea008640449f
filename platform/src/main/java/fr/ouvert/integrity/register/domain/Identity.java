package fr.ouvert.integrity.register.domain;

import java.util.List;

/**
 * What a representative declares about itself (HATVP's "informations générales"): one version of a registration.
 * Stored whole as the version's document; two versions are the same when their documents are equal.
 *
 * @param nationalIdType SIREN, RNA or HATVP
 * @param sectors HATVP sector codes
 * @param levels HATVP levels of intervention (LOCAL, NATIONAL, EUROPEEN, MONDIAL)
 */
public record Identity(String denomination, String usageName, String acronym, String nationalId, String nationalIdType,
		String categoryCode, String categoryLabel, String categoryFamily, String address, String postalCode, String city,
		String country, String website, String twitter, String facebook, String linkedin, List<Person> directors,
		List<Person> collaborators, boolean onBehalfOfThirdParties, List<Party> clients, boolean memberOfOrganisations,
		List<Party> affiliations, List<String> sectors, List<String> levels, String cessationDate) {

	public Identity {
		directors = List.copyOf(directors);
		collaborators = List.copyOf(collaborators);
		clients = List.copyOf(clients);
		affiliations = List.copyOf(affiliations);
		sectors = List.copyOf(sectors);
		levels = List.copyOf(levels);
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
