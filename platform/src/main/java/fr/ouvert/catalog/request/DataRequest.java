package fr.ouvert.catalog.request;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request to open a dataset, as shown to everyone: the requester is described by their kind
 * only, never by name or address.
 *
 * @param plannedDate when the administration plans to open the data (accepted requests)
 * @param legalGround why it refuses (refused requests), with {@code answer} explaining it
 * @param existingUrl where the data already is (already-exists answers)
 */
public record DataRequest(long id, String title, String description, long organisationId, String organisationName,
		RequesterKind requesterKind, DataRequestStatus status, LocalDate plannedDate, LegalGround legalGround,
		String existingUrl, String answer, Instant answeredAt, String answeringOrganisationName, int supportCount,
		Instant createdAt) {

	public static final String PATH = "/catalogue/demandes";

	public String path() {
		return PATH + "/" + id;
	}
}
