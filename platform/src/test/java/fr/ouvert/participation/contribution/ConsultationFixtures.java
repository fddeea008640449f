package fr.ouvert.participation.contribution;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Consultations written straight into the table (a fixture, like {@code Accounts}): published by the Cour
 * des comptes, offering every contribution type, open since yesterday for 20 days unless closed.
 */
final class ConsultationFixtures {

	record Fixture(long id, String slug) {
	}

	private ConsultationFixtures() {
	}

	static Fixture open(JdbcClient jdbc) {
		return create(jdbc, false, "now() - interval '1 day'", "now() + interval '20 days'");
	}

	static Fixture openToVerifiedAccounts(JdbcClient jdbc) {
		return create(jdbc, true, "now() - interval '1 day'", "now() + interval '20 days'");
	}

	static Fixture scheduled(JdbcClient jdbc) {
		return create(jdbc, false, "now() + interval '1 day'", "now() + interval '20 days'");
	}

	/** Ends the consultation now, as an agent closing it does. */
	static void close(JdbcClient jdbc, Fixture consultation) {
		jdbc.sql("update participation_consultation set closed_at = now() where id = ?").param(consultation.id()).update();
	}

	static long article(JdbcClient jdbc, Fixture consultation, int position) {
		return jdbc.sql("""
				insert into participation_article (consultation_id, position, title, body)
				values (?, ?, ?, 'Le texte de l''article.') returning id""")
			.params(consultation.id(), position, "Article " + position)
			.query(Long.class)
			.single();
	}

	static long statement(JdbcClient jdbc, Fixture consultation, String body) {
		return jdbc.sql("""
				insert into participation_statement (consultation_id, author_id, body, seed) values (?, 0, ?, true) returning id""")
			.params(consultation.id(), body)
			.query(Long.class)
			.single();
	}

	static long question(JdbcClient jdbc, Fixture consultation, int position, String kind, String label, String... options) {
		return jdbc.sql("""
				insert into participation_question (consultation_id, position, kind, label, options, scale_min, scale_max)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(consultation.id(), position, kind, label, options, "scale".equals(kind) ? 1 : null,
					"scale".equals(kind) ? 5 : null)
			.query(Long.class)
			.single();
	}

	private static Fixture create(JdbcClient jdbc, boolean verified, String opensAt, String closesAt) {
		String slug = "consultation-" + UUID.randomUUID();
		long id = jdbc.sql("""
				insert into participation_consultation (slug, title, organisation_id, organisation_name, theme, context,
				    submitted_text, procedure, contribution_types, requires_verified, opens_at, closes_at, published_at, created_by)
				select ?, 'Consultation sur la transparence', o.id, o.name, 'transparence', 'Pourquoi cette consultation.',
				       'Le texte soumis.', 'Qui peut participer, comment les contributions seront utilisées.',
				       array['proposals', 'comments', 'articles', 'survey', 'statements'], ?, %s, %s, now() - interval '2 days', 0
				from account_organisation o where o.slug = 'cour-des-comptes' returning id""".formatted(opensAt, closesAt))
			.params(slug, verified)
			.query(Long.class)
			.single();
		return new Fixture(id, slug);
	}
}
