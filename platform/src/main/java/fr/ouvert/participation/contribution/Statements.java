package fr.ouvert.participation.contribution;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The debate of a consultation, Pol.is style: participants add short statements and vote agree,
 * disagree or pass on each; one vote per account and statement, which may change while the
 * consultation is open.
 */
@Service
public class Statements {

	/** A page of statements with the viewer's votes. */
	public record StatementPage(ConsultationRef consultation, List<Statement> statements, Map<Long, Vote> viewerVotes,
			long total, int page, int pageSize) {
	}

	/** @param statementId the new statement, or 0 when refused */
	public record Added(long statementId, FormErrors errors) {
	}

	private final StatementStore store;
	private final ConsultationRefs consultations;
	private final ContributionPermissions permissions;
	private final AuditTrail audit;

	Statements(StatementStore store, ConsultationRefs consultations, ContributionPermissions permissions, AuditTrail audit) {
		this.store = store;
		this.consultations = consultations;
		this.permissions = permissions;
		this.audit = audit;
	}

	/**
	 * Adds a statement; one written by an agent of the consultation's organisation is a seed statement.
	 *
	 * @throws ContributionRefused when the author may not contribute to this consultation now
	 */
	@Transactional
	public Added add(CurrentUser author, ConsultationRef consultation, String body) {
		permissions.require(author, consultation, ConsultationRef.STATEMENTS);
		String text = body == null ? "" : body.strip();
		FormErrors errors = new FormErrors()
			.rejectIf(text.length() < 3, "body", "participation.contribution.error.statement.short")
			.rejectIf(text.length() > 500, "body", "participation.contribution.error.statement.long");
		if (!errors.isEmpty()) {
			return new Added(0, errors);
		}
		long id = store.insert(consultation.id(), author.id(), text, author.isAgentOf(consultation.organisationId()));
		audit.record(author, "participation.statement.create", "participation-statement", Long.toString(id), null,
				find(id).auditState());
		return new Added(id, errors);
	}

	/**
	 * Records or changes the account's vote. Voting the same twice changes nothing.
	 *
	 * @return the statement with its counters after the vote
	 * @throws ContributionRefused when the consultation is not open or the account may not take part
	 */
	@Transactional
	public Statement vote(CurrentUser voter, long statementId, Vote vote) {
		Statement statement = find(statementId);
		if (statement.hidden()) {
			throw new NotFoundException("Statement " + statementId + " is hidden");
		}
		ConsultationRef consultation = consultations.byId(statement.consultationId())
			.orElseThrow(() -> new NotFoundException("No published consultation for statement " + statementId));
		permissions.require(voter, consultation, ConsultationRef.STATEMENTS);
		store.vote(statementId, voter.id(), vote);
		return find(statementId);
	}

	public Statement find(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("No statement " + id));
	}

	public StatementPage page(ConsultationRef consultation, PageRequest request, Optional<CurrentUser> viewer,
			boolean moderator) {
		List<Statement> statements = store.page(consultation.id(), moderator, request.pageSize(), request.offset());
		Map<Long, Vote> votes = viewer.map(v -> store.votesOf(v.id(), statements.stream().map(Statement::id).toList()))
			.orElse(Map.of());
		return new StatementPage(consultation, statements, votes, store.count(consultation.id(), moderator),
				request.page(), request.pageSize());
	}
}
