package fr.ouvert.participation.consultation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.FormErrors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agent's steps through the CRPA lifecycle: publishing (refused, with every reason, while a check
 * fails), closing (recorded only at or after the end date: 15 days is a minimum), publishing the
 * synthesis (which needs a written synthesis) and the follow-ups (which need at least one decision).
 * Each step is audited with the consultation's state.
 */
@Service
public class ConsultationLifecycle {

	private final JdbcClient jdbc;
	private final Consultations consultations;
	private final ConsultationPermissions permissions;
	private final AuditTrail audit;

	ConsultationLifecycle(JdbcClient jdbc, Consultations consultations, ConsultationPermissions permissions,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.consultations = consultations;
		this.permissions = permissions;
		this.audit = audit;
	}

	/** @return the unmet rules at the form's fields; empty when the consultation is published */
	@Transactional
	public FormErrors publish(CurrentUser user, Consultation consultation) {
		require(user, consultation);
		Instant now = consultations.now();
		if (consultation.publishedAt() != null) {
			return new FormErrors().reject("publish", "participation.error.alreadyPublished");
		}
		int documents = consultations.documents(consultation.id()).size();
		FormErrors errors = EditConsultation.formFields(CrpaChecks.errors(CrpaChecks.of(consultation, documents, now)));
		if (!errors.isEmpty()) {
			return errors;
		}
		jdbc.sql("update participation_consultation set published_at = ?, updated_at = now() where id = ?")
			.params(EditConsultation.utc(now), consultation.id()).update();
		audit.record(user, "participation.consultation.publish", Consultation.LINKABLE_TYPE,
				Long.toString(consultation.id()), Map.of("phase", consultation.phase(now).code()),
				Map.of("phase", consultations.phase(consultation.id()).code(), "published_at", now.toString(),
						"documents", documents));
		return errors;
	}

	@Transactional
	public FormErrors close(CurrentUser user, Consultation consultation) {
		require(user, consultation);
		Instant now = consultations.now();
		FormErrors errors = new FormErrors();
		if (consultation.publishedAt() == null) {
			return errors.reject("close", "participation.error.closeDraft");
		}
		if (consultation.closedAt() != null) {
			return errors.reject("close", "participation.error.alreadyClosed");
		}
		if (now.isBefore(consultation.closesAt())) {
			return errors.reject("close", "participation.error.closeEarly");
		}
		jdbc.sql("update participation_consultation set closed_at = ?, updated_at = now() where id = ?")
			.params(EditConsultation.utc(now), consultation.id()).update();
		audit.record(user, "participation.consultation.close", Consultation.LINKABLE_TYPE,
				Long.toString(consultation.id()), Map.of("phase", consultation.phase(now).code()),
				Map.of("closed_at", now.toString(), "closes_at", consultation.closesAt().toString()));
		return errors;
	}

	/**
	 * Saves the synthesis being written (public only once published; a published one may still be corrected,
	 * each change audited).
	 *
	 * @param opinionGroupsJson the opinion groups the agent chose to show with it (JSON), or {@code null}
	 * @param topicClustersJson the topic clusters chosen (JSON), or {@code null}
	 */
	@Transactional
	public FormErrors saveSynthesis(CurrentUser user, Consultation consultation, String body, String method,
			String opinionGroupsJson, String topicClustersJson) {
		require(user, consultation);
		FormErrors errors = new FormErrors();
		if (!consultation.phase(consultations.now()).ended()) {
			return errors.reject("body", "participation.error.synthesisBeforeEnd");
		}
		errors.rejectIf(body == null || body.isBlank(), "body", "participation.error.synthesisBody");
		errors.rejectIf(method == null || method.isBlank(), "method", "participation.error.synthesisMethod");
		if (!errors.isEmpty()) {
			return errors;
		}
		Optional<Consultations.Synthesis> before = consultations.synthesis(consultation.id());
		jdbc.sql("""
				insert into participation_synthesis (consultation_id, body, method, opinion_groups, topic_clusters, updated_by)
				values (?, ?, ?, ?::jsonb, ?::jsonb, ?)
				on conflict (consultation_id) do update set body = excluded.body, method = excluded.method,
				    opinion_groups = excluded.opinion_groups, topic_clusters = excluded.topic_clusters,
				    updated_by = excluded.updated_by, updated_at = now()""")
			.params(consultation.id(), body.replace("\r\n", "\n").strip(), method.replace("\r\n", "\n").strip(),
					opinionGroupsJson, topicClustersJson, user.id())
			.update();
		audit.record(user, "participation.synthesis.save", Consultation.LINKABLE_TYPE, Long.toString(consultation.id()),
				before.map(ConsultationLifecycle::synthesisState).orElse(null),
				synthesisState(consultations.synthesis(consultation.id()).orElseThrow()));
		return errors;
	}

	@Transactional
	public FormErrors publishSynthesis(CurrentUser user, Consultation consultation) {
		require(user, consultation);
		FormErrors errors = new FormErrors();
		ConsultationPhase phase = consultation.phase(consultations.now());
		if (phase != ConsultationPhase.CLOSED) {
			return errors.reject("publish", phase.ended() ? "participation.error.synthesisAlreadyPublished"
					: "participation.error.synthesisBeforeEnd");
		}
		Optional<Consultations.Synthesis> synthesis = consultations.synthesis(consultation.id());
		if (synthesis.isEmpty() || synthesis.get().body().isBlank()) {
			return errors.reject("publish", "participation.error.synthesisMissing");
		}
		Instant now = consultations.now();
		jdbc.sql("update participation_consultation set synthesis_published_at = ?, updated_at = now() where id = ?")
			.params(EditConsultation.utc(now), consultation.id()).update();
		audit.record(user, "participation.synthesis.publish", Consultation.LINKABLE_TYPE,
				Long.toString(consultation.id()), Map.of("phase", phase.code()),
				Map.of("phase", ConsultationPhase.SYNTHESIS_PUBLISHED.code(), "synthesis", synthesisState(synthesis.get())));
		return errors;
	}

	/** Records the decision on a proposal or on a theme; a second decision on the same one replaces it. */
	@Transactional
	public FormErrors decide(CurrentUser user, Consultation consultation, Long proposalId, String theme,
			String decision, String explanation) {
		require(user, consultation);
		FormErrors errors = new FormErrors();
		if (!consultation.phase(consultations.now()).ended()) {
			return errors.reject("decision", "participation.error.followUpBeforeEnd");
		}
		String subjectTheme = theme == null || theme.isBlank() ? null : theme.strip();
		errors.rejectIf((proposalId == null) == (subjectTheme == null), "subject", "participation.error.followUpSubject");
		errors.rejectIf(proposalId != null && jdbc.sql(
				"select count(*) from participation_proposal where id = ? and consultation_id = ?")
			.params(proposalId, consultation.id()).query(Long.class).single() == 0, "subject",
				"participation.error.followUpSubject");
		errors.rejectIf(decision == null || !List.of("accepted", "partly", "rejected", "under-study").contains(decision),
				"decision", "participation.error.decision");
		String text = explanation == null ? "" : explanation.replace("\r\n", "\n").strip();
		errors.rejectIf(text.isEmpty(), "explanation", "rejected".equals(decision)
				? "participation.error.rejectionReason" : "participation.error.explanation");
		errors.rejectIf(text.length() > 10000, "explanation", "participation.error.explanation");
		if (!errors.isEmpty()) {
			return errors;
		}
		Long existing = (proposalId != null
				? jdbc.sql("select id from participation_follow_up where consultation_id = ? and proposal_id = ?")
					.params(consultation.id(), proposalId)
				: jdbc.sql("select id from participation_follow_up where consultation_id = ? and theme = ? and proposal_id is null")
					.params(consultation.id(), subjectTheme))
			.query(Long.class).optional().orElse(null);
		if (existing == null) {
			existing = jdbc.sql("""
					insert into participation_follow_up (consultation_id, proposal_id, theme, decision, explanation)
					values (?, ?, ?, ?, ?) returning id""")
				.params(consultation.id(), proposalId, subjectTheme, decision, text).query(Long.class).single();
		}
		else {
			jdbc.sql("update participation_follow_up set decision = ?, explanation = ? where id = ?")
				.params(decision, text, existing).update();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("follow_up", existing);
		after.put("proposal_id", proposalId);
		after.put("theme", subjectTheme);
		after.put("decision", decision);
		after.put("explanation", text);
		audit.record(user, "participation.follow-up.decide", Consultation.LINKABLE_TYPE, Long.toString(consultation.id()),
				null, after);
		return errors;
	}

	@Transactional
	public FormErrors publishFollowUps(CurrentUser user, Consultation consultation) {
		require(user, consultation);
		FormErrors errors = new FormErrors();
		ConsultationPhase phase = consultation.phase(consultations.now());
		if (phase != ConsultationPhase.SYNTHESIS_PUBLISHED) {
			return errors.reject("publish", phase == ConsultationPhase.FOLLOW_UPS_PUBLISHED
					? "participation.error.followUpsAlreadyPublished" : "participation.error.followUpsBeforeSynthesis");
		}
		int count = consultations.followUps(consultation.id()).size();
		if (count == 0) {
			return errors.reject("publish", "participation.error.followUpsMissing");
		}
		Instant now = consultations.now();
		jdbc.sql("update participation_consultation set follow_ups_published_at = ?, updated_at = now() where id = ?")
			.params(EditConsultation.utc(now), consultation.id()).update();
		audit.record(user, "participation.follow-ups.publish", Consultation.LINKABLE_TYPE,
				Long.toString(consultation.id()), Map.of("phase", phase.code()),
				Map.of("phase", ConsultationPhase.FOLLOW_UPS_PUBLISHED.code(), "follow_ups", count));
		return errors;
	}

	private void require(CurrentUser user, Consultation consultation) {
		if (!permissions.canEdit(Optional.of(user), consultation)) {
			throw new AccessDeniedException("Not an agent of " + consultation.organisationName());
		}
	}

	private static Map<String, Object> synthesisState(Consultations.Synthesis synthesis) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("body_length", synthesis.body().length());
		state.put("method_length", synthesis.method().length());
		state.put("opinion_groups", synthesis.opinionGroupsJson() != null);
		state.put("topic_clusters", synthesis.topicClustersJson() != null);
		return state;
	}
}
