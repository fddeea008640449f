package fr.ouvert.participation.consultation;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Ui;
import fr.ouvert.participation.consultation.ConsultationMaterial.Article;
import fr.ouvert.participation.consultation.ConsultationMaterial.Document;
import fr.ouvert.participation.consultation.ConsultationMaterial.Question;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent creates or edits a consultation. A draft may be incomplete; once published, every edit must
 * still meet the CRPA checks, the address no longer changes, and the opening date is fixed once open.
 * The structure participants answer (articles, survey questions, seed statements) can be rewritten until
 * the consultation opens, not after: contributions are attached to it.
 */
@Service
public class EditConsultation {

	/** What happened: the consultation's slug when saved, or the problems at their fields. */
	public record Outcome(String slug, FormErrors errors, Map<String, Integer> lines) {
		public boolean saved() {
			return errors.isEmpty();
		}
	}

	/** Addresses under /consultations that are pages, not consultations. */
	static final List<String> RESERVED_SLUGS = List.of("nouvelle", "outils");

	private final JdbcClient jdbc;
	private final Consultations consultations;
	private final ConsultationPermissions permissions;
	private final Organisations organisations;
	private final AuditTrail audit;

	EditConsultation(JdbcClient jdbc, Consultations consultations, ConsultationPermissions permissions,
			Organisations organisations, AuditTrail audit) {
		this.jdbc = jdbc;
		this.consultations = consultations;
		this.permissions = permissions;
		this.organisations = organisations;
		this.audit = audit;
	}

	@Transactional
	public Outcome create(CurrentUser user, ConsultationForm form) {
		if (!permissions.canCreate(Optional.of(user))) {
			throw new AccessDeniedException("Only agents and administrators create consultations");
		}
		Parsed parsed = parse(form, null);
		Long organisationId = user.has(Role.ADMIN) && form.organisationId() != null ? form.organisationId()
				: user.organisationId();
		Optional<Organisation> organisation = organisationId == null ? Optional.empty() : organisations.find(organisationId);
		parsed.errors.rejectIf(organisation.isEmpty(), "organisationId", "participation.error.organisation");
		if (!parsed.errors.isEmpty()) {
			return new Outcome(null, parsed.errors, parsed.lines);
		}
		long id = jdbc.sql("""
				insert into participation_consultation (slug, title, organisation_id, organisation_name, theme, legal_basis,
				    replaces_commission, context, submitted_text, procedure, moderation_charter, announced_follow_ups,
				    contribution_types, requires_verified, opens_at, closes_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(parsed.slug, parsed.title, organisation.get().id(), organisation.get().name(), parsed.theme,
					parsed.legalBasis.code(), parsed.replacesCommission, text(form.context()), text(form.submittedText()),
					text(form.procedure()), text(form.moderationCharter()), text(form.announcedFollowUps()),
					parsed.types.stream().map(ContributionType::code).toArray(String[]::new), form.requiresVerified(),
					utc(parsed.opensAt), utc(parsed.closesAt), user.id())
			.query(Long.class)
			.single();
		writeMaterial(id, parsed, true);
		Consultation created = consultations.find(id).orElseThrow();
		audit.record(user, "participation.consultation.create", Consultation.LINKABLE_TYPE, Long.toString(id), null,
				state(created, parsed.documents.size()));
		return new Outcome(created.slug(), parsed.errors, parsed.lines);
	}

	@Transactional
	public Outcome update(CurrentUser user, Consultation before, ConsultationForm form) {
		if (!permissions.canEdit(Optional.of(user), before)) {
			throw new AccessDeniedException("Not an agent of " + before.organisationName());
		}
		Instant now = consultations.now();
		ConsultationPhase phase = before.phase(now);
		Parsed parsed = parse(form, before);
		if (before.publishedAt() != null) {
			parsed.errors.rejectIf(!parsed.slug.equals(before.slug()), "slug", "participation.error.slugLocked");
		}
		if (phase.ordinal() >= ConsultationPhase.OPEN.ordinal()) {
			parsed.errors.rejectIf(parsed.opensAt == null || !parsed.opensAt.equals(before.opensAt()), "opensOn",
					"participation.error.opensLocked");
		}
		if (phase.ended()) {
			parsed.errors.rejectIf(parsed.closesAt == null || !parsed.closesAt.equals(before.closesAt()), "lastDay",
					"participation.error.closesLocked");
		}
		if (!parsed.errors.isEmpty()) {
			return new Outcome(null, parsed.errors, parsed.lines);
		}
		Consultation candidate = new Consultation(before.id(), parsed.slug, parsed.title, before.organisationId(),
				before.organisationName(), parsed.theme, parsed.legalBasis, parsed.replacesCommission, text(form.context()),
				text(form.submittedText()), text(form.procedure()), text(form.moderationCharter()),
				text(form.announcedFollowUps()), parsed.types, form.requiresVerified(), parsed.opensAt, parsed.closesAt,
				before.publishedAt(), before.closedAt(), before.synthesisPublishedAt(), before.followUpsPublishedAt(),
				before.createdBy(), before.createdAt(), now);
		if (before.publishedAt() != null && !phase.ended()) {
			FormErrors crpa = CrpaChecks.errors(CrpaChecks.of(candidate, parsed.documents.size(), now));
			if (!crpa.isEmpty()) {
				return new Outcome(null, formFields(crpa), parsed.lines);
			}
		}
		int documentsBefore = consultations.documents(before.id()).size();
		jdbc.sql("""
				update participation_consultation set slug = ?, title = ?, theme = ?, legal_basis = ?, replaces_commission = ?,
				    context = ?, submitted_text = ?, procedure = ?, moderation_charter = ?, announced_follow_ups = ?,
				    contribution_types = ?, requires_verified = ?, opens_at = ?, closes_at = ?, updated_at = now()
				where id = ?""")
			.params(candidate.slug(), candidate.title(), candidate.theme(), candidate.legalBasis().code(),
					candidate.replacesCommission(), candidate.context(), candidate.submittedText(), candidate.procedure(),
					candidate.moderationCharter(), candidate.announcedFollowUps(),
					candidate.contributionTypes().stream().map(ContributionType::code).toArray(String[]::new),
					candidate.requiresVerified(), utc(candidate.opensAt()), utc(candidate.closesAt()), before.id())
			.update();
		writeMaterial(before.id(), parsed, phase.ordinal() < ConsultationPhase.OPEN.ordinal());
		audit.record(user, "participation.consultation.edit", Consultation.LINKABLE_TYPE, Long.toString(before.id()),
				state(before, documentsBefore), state(consultations.find(before.id()).orElseThrow(), parsed.documents.size()));
		return new Outcome(candidate.slug(), parsed.errors, parsed.lines);
	}

	/** The CRPA checks name the stored fields; the form has days instead of instants. */
	static FormErrors formFields(FormErrors crpa) {
		FormErrors errors = new FormErrors();
		crpa.all().forEach((field, key) -> errors.reject(switch (field) {
			case "opensAt" -> "opensOn";
			case "closesAt" -> "lastDay";
			default -> field;
		}, key));
		return errors;
	}

	private static final class Parsed {
		final FormErrors errors = new FormErrors();
		final Map<String, Integer> lines = new HashMap<>();
		String title;
		String slug;
		String theme;
		LegalBasis legalBasis;
		String replacesCommission;
		List<ContributionType> types = new ArrayList<>();
		Instant opensAt;
		Instant closesAt;
		List<Document> documents = List.of();
		List<Article> articles = List.of();
		List<Question> questions = List.of();
		List<String> statements = List.of();
	}

	private Parsed parse(ConsultationForm form, Consultation before) {
		Parsed p = new Parsed();
		p.title = text(form.title()).strip();
		p.errors.rejectIf(p.title.length() < 3 || p.title.length() > 300, "title", "participation.error.title");
		String slug = text(form.slug()).strip();
		p.slug = slug.isEmpty() ? slugOf(p.title) : slug;
		if (!p.slug.matches("^[a-z0-9]+(-[a-z0-9]+)*$") || p.slug.length() > 100 || RESERVED_SLUGS.contains(p.slug)) {
			p.errors.reject("slug", "participation.error.slug");
		}
		else if (jdbc.sql("select count(*) from participation_consultation where slug = ? and id <> ?")
			.params(p.slug, before == null ? -1L : before.id()).query(Long.class).single() > 0) {
			p.errors.reject("slug", "participation.error.slugTaken");
		}
		p.theme = text(form.theme()).strip();
		p.errors.rejectIf(p.theme.length() < 2 || p.theme.length() > 100, "theme", "participation.error.theme");
		p.legalBasis = LegalBasis.of(text(form.legalBasis())).orElse(null);
		p.errors.rejectIf(p.legalBasis == null, "legalBasis", "participation.error.legalBasis");
		String commission = text(form.replacesCommission()).strip();
		p.replacesCommission = commission.isEmpty() ? null : commission;
		for (String code : form.contributionTypes() == null ? List.<String>of() : form.contributionTypes()) {
			Optional<ContributionType> type = ContributionType.of(code);
			p.errors.rejectIf(type.isEmpty(), "contributionTypes", "participation.error.contributionType");
			type.filter(t -> !p.types.contains(t)).ifPresent(p.types::add);
		}
		p.types.sort(null);
		p.opensAt = startOf(form.opensOn());
		p.closesAt = form.lastDay() == null ? null : startOf(form.lastDay().plusDays(1));
		p.errors.rejectIf(form.opensOn() != null && form.lastDay() != null && form.lastDay().isBefore(form.opensOn()),
				"lastDay", "participation.error.lastDayBeforeOpening");
		try {
			p.documents = MaterialFormats.documents(form.documents());
		}
		catch (MaterialFormats.LineError e) {
			lineError(p, "documents", e);
		}
		try {
			p.articles = MaterialFormats.articles(form.articles());
		}
		catch (MaterialFormats.LineError e) {
			lineError(p, "articles", e);
		}
		try {
			p.questions = MaterialFormats.questions(form.questions());
		}
		catch (MaterialFormats.LineError e) {
			lineError(p, "questions", e);
		}
		try {
			p.statements = MaterialFormats.statements(form.statements());
		}
		catch (MaterialFormats.LineError e) {
			lineError(p, "statements", e);
		}
		return p;
	}

	private static void lineError(Parsed p, String field, MaterialFormats.LineError e) {
		p.errors.reject(field, e.messageKey());
		p.lines.put(field, e.line());
	}

	/**
	 * Documents are replaced at every save; articles, questions and seed statements only while nobody can
	 * have answered them yet.
	 */
	private void writeMaterial(long id, Parsed parsed, boolean structureEditable) {
		jdbc.sql("delete from participation_document where consultation_id = ?").param(id).update();
		for (Document d : parsed.documents) {
			jdbc.sql("insert into participation_document (consultation_id, position, title, url, description) values (?, ?, ?, ?, ?)")
				.params(id, d.position(), d.title(), d.url(), d.description()).update();
		}
		if (!structureEditable) {
			return;
		}
		jdbc.sql("delete from participation_article where consultation_id = ?").param(id).update();
		for (Article a : parsed.articles) {
			jdbc.sql("insert into participation_article (consultation_id, position, title, body) values (?, ?, ?, ?)")
				.params(id, a.position(), a.title(), a.body()).update();
		}
		jdbc.sql("delete from participation_question where consultation_id = ?").param(id).update();
		for (Question q : parsed.questions) {
			jdbc.sql("""
					insert into participation_question (consultation_id, position, kind, label, options, scale_min, scale_max, required)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, q.position(), q.kind(), q.label(), q.options().toArray(String[]::new), q.scaleMin(),
						q.scaleMax(), q.required())
				.update();
		}
		long author = jdbc.sql("select created_by from participation_consultation where id = ?").param(id)
			.query(Long.class).single();
		jdbc.sql("delete from participation_statement where consultation_id = ? and seed").param(id).update();
		for (String statement : parsed.statements) {
			jdbc.sql("insert into participation_statement (consultation_id, author_id, body, seed) values (?, ?, ?, true)")
				.params(id, author, statement).update();
		}
	}

	static Map<String, Object> state(Consultation c, int documents) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("slug", c.slug());
		state.put("title", c.title());
		state.put("organisation", c.organisationName());
		state.put("theme", c.theme());
		state.put("legal_basis", c.legalBasis().code());
		state.put("replaces_commission", c.replacesCommission());
		state.put("contribution_types", c.contributionTypes().stream().map(ContributionType::code).toList());
		state.put("requires_verified", c.requiresVerified());
		state.put("opens_at", c.opensAt() == null ? null : c.opensAt().toString());
		state.put("closes_at", c.closesAt() == null ? null : c.closesAt().toString());
		state.put("procedure_length", c.procedure().length());
		state.put("announced_follow_ups_length", c.announcedFollowUps().length());
		state.put("documents", documents);
		return state;
	}

	static String slugOf(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-+$", "");
		}
		return slug;
	}

	private static Instant startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(Ui.ZONE).toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String text(String value) {
		return value == null ? "" : value.replace("\r\n", "\n");
	}
}
