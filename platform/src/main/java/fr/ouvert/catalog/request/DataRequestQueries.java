package fr.ouvert.catalog.request;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.kernel.opendata.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Data requests as the pages and the API read them. */
@Service
@Transactional(readOnly = true)
public class DataRequestQueries {

	/** An organisation that received requests, for the list's filter. */
	public record Requested(long id, String name) {
	}

	/**
	 * One page of the public list, with the number of requests in each status (for the chosen
	 * organisation, whatever the status filter) and the organisations one may filter on.
	 */
	public record Listing(List<DataRequest> requests, Map<DataRequestStatus, Long> counts, long total, PageRequest page,
			DataRequestStatus status, Long organisationId, List<Requested> organisations) {

		/** The filters as a query string prefix for the pagination links ({@code status=…&}). */
		public String filterQuery() {
			return (status == null ? "" : "status=" + status.code() + "&")
					+ (organisationId == null ? "" : "organisation=" + organisationId + "&");
		}

		public boolean filtered() {
			return status != null || organisationId != null;
		}
	}

	private final DataRequestRepository repository;

	DataRequestQueries(DataRequestRepository repository) {
		this.repository = repository;
	}

	public Listing list(DataRequestStatus status, Long organisationId, PageRequest page) {
		DataRequestRepository.Filter filter = new DataRequestRepository.Filter(status, organisationId);
		return new Listing(repository.list(filter, page.offset(), page.pageSize()), repository.countsByStatus(organisationId),
				repository.count(filter), page, status, organisationId, repository.requestedOrganisations());
	}

	public Optional<DataRequest> find(long id) {
		return repository.find(id);
	}

	public boolean supports(long requestId, long accountId) {
		return repository.supports(requestId, accountId);
	}
}
