package fr.ouvert.kernel.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import fr.ouvert.kernel.security.CurrentUser;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit trail. Called inside the transaction that changes the data, so the change
 * and its audit entry are written together or not at all.
 */
@Service
public class AuditTrail {

	/** Serialises appends: each entry needs the hash of the one before it. */
	private static final long CHAIN_LOCK = 0x4F55_5652_4155_4449L;

	private final JdbcClient jdbc;
	private final ObjectMapper json;

	AuditTrail(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Records a change made by a person.
	 * @param before the state before (any object serialisable to JSON), or {@code null} for a creation
	 * @param after the state after, or {@code null} for a removal
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(CurrentUser actor, String action, String subjectType, String subjectId, Object before,
			Object after) {
		return append(actor.id(), actor.auditLabel(), action, subjectType, subjectId, before, after);
	}

	/** Records a change made by the platform itself (a loader, a scheduled job). */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry recordSystem(String job, String action, String subjectType, String subjectId, Object before,
			Object after) {
		return append(null, "system:" + job, action, subjectType, subjectId, before, after);
	}

	private AuditEntry append(Long actorId, String actorLabel, String action, String subjectType, String subjectId,
			Object before, Object after) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
		record Last(long id, String hash) {
		}
		Last last = jdbc.sql("select id, hash from kernel_audit_entry order by id desc limit 1")
			.query(Last.class)
			.optional()
			.orElse(new Last(0, AuditEntry.GENESIS));
		// Microseconds: what PostgreSQL stores, so the verifier recomputes the same hash.
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		AuditEntry entry = new AuditEntry(last.id() + 1, now, actorId, actorLabel, action, subjectType, subjectId,
				toJson(before), toJson(after), last.hash(), null);
		String hash = entry.computeHash();
		jdbc.sql("""
				insert into kernel_audit_entry (id, recorded_at, actor_id, actor_label, action, subject_type, subject_id,
				    before_state, after_state, previous_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.param(entry.id())
			.param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param(actorId)
			.param(actorLabel)
			.param(action)
			.param(subjectType)
			.param(subjectId)
			.param(entry.beforeState())
			.param(entry.afterState())
			.param(entry.previousHash())
			.param(hash)
			.update();
		return new AuditEntry(entry.id(), now, actorId, actorLabel, action, subjectType, subjectId,
				entry.beforeState(), entry.afterState(), entry.previousHash(), hash);
	}

	private String toJson(Object state) {
		return state == null ? null : json.writeValueAsString(state);
	}
}
