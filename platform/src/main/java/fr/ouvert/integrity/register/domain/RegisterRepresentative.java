package fr.ouvert.integrity.register.domain;

import java.time.Clock;
import java.time.Instant;

import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.FormErrors;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person registers an organisation and becomes its declarant; a declarant (or an administrator) amends
 * it. Every change is a new version; the representative, its version and the audit entry are written together.
 */
@Service
public class RegisterRepresentative {

	/** What came of it: the representative's id, or what is wrong with the form. */
	public sealed interface Outcome permits Saved, Rejected {
	}

	/** @param changed whether a new version was written (an unchanged form writes nothing) */
	public record Saved(long id, boolean changed) implements Outcome {
	}

	public record Rejected(FormErrors errors) implements Outcome {
	}

	private final JdbcTemplate jdbc;
	private final ObjectMapper json;
	private final RegisterQueries queries;
	private final RegisterPermissions permissions;
	private final AuditTrail audit;
	private final Clock clock;

	RegisterRepresentative(JdbcTemplate jdbc, ObjectMapper json, RegisterQueries queries, RegisterPermissions permissions,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.queries = queries;
		this.permissions = permissions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Outcome register(CurrentUser declarant, IdentityForm form) {
		FormErrors errors = new FormErrors();
		Identity identity = form.validate(errors);
		if (identity != null && queries.idOf(identity.nationalIdType(), identity.nationalId()).isPresent()) {
			errors.reject("nationalId", "register.error.alreadyRegistered");
		}
		if (!errors.isEmpty()) {
			return new Rejected(errors);
		}
		Instant now = clock.instant();
		RegisterWriter writer = new RegisterWriter(jdbc, json);
		long id = writer.create(identity, "declarant", now);
		writer.flush();
		jdbc.update("insert into integrity_declarant (representative_id, account_id, since) values (?, ?, ?)", id,
				declarant.id(), java.sql.Timestamp.from(now));
		audit.record(declarant, "integrity.register.register", "integrity-representative", Long.toString(id), null, identity);
		return new Saved(id, true);
	}

	@Transactional
	public Outcome amend(CurrentUser declarant, long id, IdentityForm form) {
		permissions.requireEdit(declarant, id);
		RegisterWriter.Current current = queries.current(id).orElseThrow();
		Identity previous = queries.identity(id).orElseThrow();
		FormErrors errors = new FormErrors();
		Identity identity = form.validate(errors);
		if (identity != null) {
			queries.idOf(identity.nationalIdType(), identity.nationalId()).filter(other -> other != id)
				.ifPresent(other -> errors.reject("nationalId", "register.error.alreadyRegistered"));
		}
		if (!errors.isEmpty()) {
			return new Rejected(errors);
		}
		RegisterWriter writer = new RegisterWriter(jdbc, json);
		boolean changed = writer.update(current, previous, identity, "declarant", clock.instant());
		writer.flush();
		if (changed) {
			audit.record(declarant, "integrity.register.amend", "integrity-representative", Long.toString(id), previous,
					identity);
		}
		return new Saved(id, changed);
	}
}
