package fr.ouvert.catalog.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * The requested administration answers: it will open the data (with the planned date), it refuses
 * (on a ground of the CRPA, explained), or the data already exists (with where). An answer may be
 * given again, e.g. once an accepted dataset is opened; the audit trail keeps each one.
 */
@Service
public class AnswerDataRequest {

	/** The answer form as posted; {@code plannedDate} as {@code yyyy-MM-dd}. */
	public record Command(long requestId, String status, String plannedDate, String legalGround, String existingUrl,
			String answer) {

		static Command of(DataRequest request) {
			return new Command(request.id(), request.status().answered() ? request.status().code() : "",
					request.plannedDate() == null ? "" : request.plannedDate().toString(),
					request.legalGround() == null ? "" : request.legalGround().code(),
					request.existingUrl() == null ? "" : request.existingUrl(),
					request.answer() == null ? "" : request.answer());
		}
	}

	static final int MAX_ANSWER = 5000;

	private final DataRequestRepository repository;
	private final DataRequestPermissions permissions;
	private final AuditTrail audit;
	private final Clock clock;

	AnswerDataRequest(DataRequestRepository repository, DataRequestPermissions permissions, AuditTrail audit,
			Clock clock) {
		this.repository = repository;
		this.permissions = permissions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return the problems with the answer, empty when it is recorded
	 * @throws AccessDeniedException when the person may not answer this request
	 */
	@Transactional
	FormErrors execute(CurrentUser agent, Command command) {
		DataRequest request = repository.find(command.requestId())
			.orElseThrow(() -> new NotFoundException("No data request " + command.requestId()));
		if (!permissions.canAnswer(Optional.of(agent), request)) {
			throw new AccessDeniedException("Not an agent of " + request.organisationName());
		}
		FormErrors errors = new FormErrors();
		Optional<DataRequestStatus> status = DataRequestStatus.of(command.status()).filter(DataRequestStatus::answered);
		errors.rejectIf(status.isEmpty(), "status", "catalog.request.error.status");
		String answer = Forms.blankToNull(command.answer());
		errors.rejectIf(answer != null && answer.length() > MAX_ANSWER, "answer", "catalog.request.error.answerLength");
		if (status.isEmpty()) {
			return errors;
		}
		LocalDate plannedDate = null;
		LegalGround ground = null;
		String existingUrl = null;
		switch (status.get()) {
			case ACCEPTED -> {
				plannedDate = date(command.plannedDate());
				errors.rejectIf(plannedDate == null, "plannedDate", "catalog.request.error.plannedDate");
				errors.rejectIf(plannedDate != null && plannedDate.isBefore(LocalDate.now(clock)), "plannedDate",
						"catalog.request.error.plannedDatePast");
			}
			case REFUSED -> {
				ground = LegalGround.of(command.legalGround()).orElse(null);
				errors.rejectIf(ground == null, "legalGround", "catalog.request.error.legalGround");
				errors.rejectIf(answer == null, "answer", "catalog.request.error.explanation");
			}
			case ALREADY_EXISTS -> {
				existingUrl = Forms.blankToNull(command.existingUrl());
				errors.rejectIf(!DatasetLinks.isValid(existingUrl), "existingUrl", "catalog.request.error.existingUrl");
			}
			case SUBMITTED -> throw new IllegalStateException("filtered out above");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		boolean forItsOrganisation = agent.isAgentOf(request.organisationId());
		long organisationId = forItsOrganisation ? agent.organisationId() : request.organisationId();
		String organisationName = forItsOrganisation ? agent.organisationName() : request.organisationName();
		repository.answer(request.id(), status.get(), plannedDate, ground, existingUrl, answer, organisationId,
				organisationName);
		audit.record(agent, "catalog.data-request.answer", "catalog-data-request", Long.toString(request.id()),
				state(request.status(), request.plannedDate(), request.legalGround(), request.existingUrl(), request.answer(),
						request.answeringOrganisationName()),
				state(status.get(), plannedDate, ground, existingUrl, answer, organisationName));
		return errors;
	}

	private static LocalDate date(String value) {
		String date = Forms.blankToNull(value);
		if (date == null) {
			return null;
		}
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static Map<String, Object> state(DataRequestStatus status, LocalDate plannedDate, LegalGround ground,
			String existingUrl, String answer, String organisation) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("status", status.code());
		state.put("planned_date", plannedDate == null ? null : plannedDate.toString());
		state.put("legal_ground", ground == null ? null : ground.code());
		state.put("existing_url", existingUrl);
		state.put("answer", answer);
		state.put("answering_organisation", organisation);
		return state;
	}
}
