package fr.ouvert.catalog.request;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person asks an administration to open a dataset: what, why, which administration,
 * and whether they ask as a citizen, a company or an association. The request and its audit entry
 * are written together.
 */
@Service
public class FileDataRequest {

	/** The form as posted. */
	public record Command(String title, String description, String organisation, String requesterKind) {

		static Command empty() {
			return new Command("", "", "", "");
		}
	}

	/** What came of it: the new request, or what is wrong with the form. */
	sealed interface Outcome permits Filed, Rejected {
	}

	record Filed(long id) implements Outcome {
	}

	record Rejected(FormErrors errors) implements Outcome {
	}

	static final int MAX_TITLE = 200;
	static final int MAX_DESCRIPTION = 5000;

	private final DataRequestRepository repository;
	private final Organisations organisations;
	private final AuditTrail audit;

	FileDataRequest(DataRequestRepository repository, Organisations organisations, AuditTrail audit) {
		this.repository = repository;
		this.organisations = organisations;
		this.audit = audit;
	}

	@Transactional
	Outcome execute(CurrentUser requester, Command command) {
		String title = Forms.blankToNull(command.title());
		String description = Forms.blankToNull(command.description());
		Optional<Organisation> organisation = organisationOf(command.organisation());
		Optional<RequesterKind> kind = RequesterKind.of(command.requesterKind());
		FormErrors errors = new FormErrors();
		errors.rejectIf(title == null, "title", "catalog.request.error.title");
		errors.rejectIf(title != null && title.length() > MAX_TITLE, "title", "catalog.request.error.titleLength");
		errors.rejectIf(description == null, "description", "catalog.request.error.description");
		errors.rejectIf(description != null && description.length() > MAX_DESCRIPTION, "description",
				"catalog.request.error.descriptionLength");
		errors.rejectIf(organisation.isEmpty(), "organisation", "catalog.request.error.organisation");
		errors.rejectIf(kind.isEmpty(), "requesterKind", "catalog.request.error.requesterKind");
		if (!errors.isEmpty()) {
			return new Rejected(errors);
		}
		Organisation to = organisation.get();
		long id = repository.insert(title, description, to.id(), to.name(), requester.id(), kind.get());
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("title", title);
		state.put("description", description);
		state.put("organisation_id", to.id());
		state.put("organisation", to.name());
		state.put("requester_kind", kind.get().code());
		audit.record(requester, "catalog.data-request.file", "catalog-data-request", Long.toString(id), null, state);
		return new Filed(id);
	}

	private Optional<Organisation> organisationOf(String id) {
		if (id == null || !id.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return organisations.find(Long.parseLong(id));
	}
}
