package fr.ouvert.catalog.request;

import java.util.Map;

import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person supports a request, or withdraws their support. Each account counts once;
 * asking for the state one already has changes nothing (and records nothing).
 */
@Service
class SupportDataRequest {

	private final DataRequestRepository repository;
	private final AuditTrail audit;

	SupportDataRequest(DataRequestRepository repository, AuditTrail audit) {
		this.repository = repository;
		this.audit = audit;
	}

	/** @return whether the support changed */
	@Transactional
	boolean execute(CurrentUser supporter, long requestId, boolean support) {
		repository.find(requestId).orElseThrow(() -> new NotFoundException("No data request " + requestId));
		boolean changed = support ? repository.addSupport(requestId, supporter.id())
				: repository.removeSupport(requestId, supporter.id());
		if (changed) {
			audit.record(supporter, support ? "catalog.data-request.support" : "catalog.data-request.unsupport",
					"catalog-data-request", Long.toString(requestId), Map.of("supported", !support),
					Map.of("supported", support));
		}
		return changed;
	}
}
