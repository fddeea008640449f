package fr.ouvert.plan.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent of a carrying institution reports where an action stands: status, completion, a
 * comment and a piece of evidence (a public URL and what it shows). Marking an action completed
 * requires evidence. The update, its history line and its audit entry are written together.
 */
@Service
public class UpdateActionStatus {

	/** A status update as posted by the form or the API. */
	public record Command(String actionId, String status, Integer completion, String comment, String evidenceUrl,
			String evidenceDescription) {
	}

	static final int MAX_COMMENT = 2000;
	static final int MAX_URL = 2000;
	static final int MAX_DESCRIPTION = 500;

	private final PlanRepository repository;
	private final PlanPermissions permissions;
	private final AuditTrail audit;
	private final Clock clock;

	UpdateActionStatus(PlanRepository repository, PlanPermissions permissions, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.permissions = permissions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return the problems with the command, empty when the update is recorded
	 * @throws AccessDeniedException when the person may not update this action
	 */
	@Transactional
	public FormErrors execute(CurrentUser agent, Command command) {
		LocalDate today = LocalDate.now(clock);
		Action action = repository.action(command.actionId(), today)
			.orElseThrow(() -> new NotFoundException("No action " + command.actionId()));
		Commitment commitment = repository.commitment(action.commitment()).orElseThrow();
		if (!permissions.canUpdate(Optional.of(agent), commitment, action)) {
			throw new AccessDeniedException("Not an agent of an institution carrying action " + action.id());
		}
		FormErrors errors = new FormErrors();
		Optional<ActionStatus> status = ActionStatus.of(command.status());
		errors.rejectIf(status.isEmpty(), "status", "plan.error.status");
		String comment = Forms.blankToNull(command.comment());
		String url = Forms.blankToNull(command.evidenceUrl());
		String description = Forms.blankToNull(command.evidenceDescription());
		errors.rejectIf(comment != null && comment.length() > MAX_COMMENT, "comment", "plan.error.comment");
		errors.rejectIf(url != null && !isWebAddress(url), "evidenceUrl", "plan.error.evidenceUrl");
		errors.rejectIf(url == null && description != null, "evidenceUrl", "plan.error.evidenceUrl");
		errors.rejectIf(url != null && (description == null || description.length() > MAX_DESCRIPTION),
				"evidenceDescription", "plan.error.evidenceDescription");
		if (status.isEmpty()) {
			return errors;
		}
		int completion = switch (status.get()) {
			case NOT_STARTED -> 0;
			case COMPLETED -> 100;
			case ABANDONED -> action.completion();
			case IN_PROGRESS -> command.completion() == null ? -1 : command.completion();
		};
		errors.rejectIf(status.get() == ActionStatus.IN_PROGRESS && (completion < 1 || completion > 99), "completion",
				"plan.error.completion");
		errors.rejectIf(status.get() == ActionStatus.COMPLETED && url == null && action.status() != ActionStatus.COMPLETED,
				"evidenceUrl", "plan.error.evidenceRequired");
		errors.rejectIf(status.get() == action.status() && completion == action.completion() && comment == null
				&& url == null, "status", "plan.error.nochange");
		if (!errors.isEmpty()) {
			return errors;
		}
		String organisation = agent.organisationName();
		long changeId = repository.updateStatus(action.id(), status.get(), completion, comment, url, description,
				organisation, agent.id());
		audit.record(agent, "plan.action.status", "plan-action", action.id(), state(action.status(), action.completion(),
				action.statusComment(), null, null, null),
				state(status.get(), completion, comment, url, description, organisation + " (change " + changeId + ")"));
		return errors;
	}

	private static Map<String, Object> state(ActionStatus status, int completion, String comment, String url,
			String description, String organisation) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("status", status.code());
		state.put("completion", completion);
		state.put("comment", comment);
		if (url != null) {
			state.put("evidence_url", url);
			state.put("evidence_description", description);
		}
		if (organisation != null) {
			state.put("organisation", organisation);
		}
		return state;
	}

	private static boolean isWebAddress(String url) {
		if (url.length() > MAX_URL) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}
}
