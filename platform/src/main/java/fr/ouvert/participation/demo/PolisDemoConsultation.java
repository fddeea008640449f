package fr.ouvert.participation.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.kernel.cli.StartupTask;
import fr.ouvert.kernel.db.CopyText;
import fr.ouvert.participation.synthesis.PolisExport;
import fr.ouvert.participation.synthesis.VoteMatrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a first start with no consultation, imports a real Pol.is conversation bundled from
 * {@code demo-data/participation/brexit-consensus} ("Can there be consensus on Brexit?", 2017, CC BY 4.0: sources in
 * its NOTICE) as a closed consultation of statements: its 50 statements (those Pol.is's moderators rejected are
 * hidden with that reason) and the votes of its 204 participants. It is closed without a synthesis, so it shows as
 * overdue until an agent writes one with the synthesis helpers. The participants have no account here: their votes
 * are stored under negative account numbers, which no account can have, and are published only as the anonymised
 * vote matrix. Off with {@code ouvert.participation.demo-data.enabled=false}.
 */
@Component
@Order(320)
class PolisDemoConsultation implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(PolisDemoConsultation.class);
	static final String FOLDER = "demo-data/participation/brexit-consensus/";
	static final String SLUG = "consensus-brexit-polis-2017";
	/** The institution that carries commitment 15 in the plan (Etalab's secretariat of state). */
	static final String ORGANISATION = "secretariat-numerique";

	private final boolean enabled;
	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final TransactionTemplate transactions;
	private final Organisations organisations;

	PolisDemoConsultation(@Value("${ouvert.participation.demo-data.enabled:true}") boolean enabled, JdbcClient jdbc,
			DataSource dataSource, TransactionTemplate transactions, Organisations organisations) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.organisations = organisations;
	}

	@Override
	public void runAtStart() {
		if (!enabled || jdbc.sql("select exists (select 1 from participation_consultation)").query(Boolean.class).single()) {
			return;
		}
		Organisation organisation = organisations.findBySlug(ORGANISATION).orElse(null);
		if (organisation == null) {
			log.warn("Participation demo data skipped: no organisation '{}' (the plan loads it)", ORGANISATION);
			return;
		}
		importConversation(organisation);
	}

	/** Imports the conversation as a consultation of this organisation, in one transaction. */
	void importConversation(Organisation organisation) {
		PolisExport export = read();
		transactions.executeWithoutResult(status -> write(export, organisation));
		log.info("Participation demo data: the Pol.is conversation on Brexit, {} statements and the votes of {} participants",
				export.comments().size(), export.votes().participantCount());
	}

	private static PolisExport read() {
		try {
			Path folder = Files.createTempDirectory("ouvert-polis-demo");
			try {
				for (String name : new String[] { PolisExport.COMMENTS, PolisExport.PARTICIPANTS_VOTES }) {
					try (InputStream in = new ClassPathResource(FOLDER + name).getInputStream()) {
						Files.copy(in, folder.resolve(name));
					}
				}
				return PolisExport.read(folder);
			}
			finally {
				for (String name : new String[] { PolisExport.COMMENTS, PolisExport.PARTICIPANTS_VOTES }) {
					Files.deleteIfExists(folder.resolve(name));
				}
				Files.delete(folder);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("The participation demo data could not be read", e);
		}
	}

	private void write(PolisExport export, Organisation organisation) {
		Instant first = export.comments().values().stream().map(PolisExport.Comment::writtenAt).min(Instant::compareTo)
			.orElseThrow();
		Instant last = export.comments().values().stream().map(PolisExport.Comment::writtenAt).max(Instant::compareTo)
			.orElseThrow();
		Instant opens = first.truncatedTo(ChronoUnit.DAYS);
		Instant closes = last.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.DAYS);
		if (closes.isBefore(opens.plus(Duration.ofDays(15)))) {
			closes = opens.plus(Duration.ofDays(15));
		}
		long consultation = jdbc.sql("""
				insert into participation_consultation (slug, title, organisation_id, organisation_name, theme, legal_basis,
				    context, submitted_text, procedure, moderation_charter, announced_follow_ups, contribution_types,
				    opens_at, closes_at, published_at, closed_at, created_by)
				values (:slug, :title, :organisation, :organisationName, 'Démonstration : une conversation Pol.is', 'other',
				    :context, :text, :procedure, :charter, :followUps, array['statements'], :opens, :closes, :opens, :closes, 0)
				returning id""")
			.param("slug", SLUG)
			.param("title", "Peut-on trouver un consensus sur le Brexit ? (conversation Pol.is, 2017)")
			.param("organisation", organisation.id())
			.param("organisationName", organisation.name())
			.param("context", """
					Une conversation réelle tenue sur Pol.is en juillet 2017, « Can there be consensus on Brexit? »
					(https://pol.is/7wmvbjcjhp), importée ici pour montrer les outils de synthèse : ses affirmations, en
					anglais, et les votes de ses participants (pour, contre, passer).

					Data was gathered using the Polis software (compdemocracy.org/polis) and is sub-licensed under
					CC BY 4.0 with Attribution to The Computational Democracy Project.""")
			.param("text", "Can there be consensus on Brexit? Peut-on trouver un consensus sur le Brexit ?")
			.param("procedure", """
					Conversation ouverte à tous sur Pol.is : chacun pouvait proposer des affirmations et voter pour,
					contre ou passer sur celles des autres. Les votes servent à dégager des groupes d'opinion, les
					affirmations qui les distinguent et celles qui font consensus.""")
			.param("charter", "Les affirmations rejetées par la modération de Pol.is sont masquées, avec ce motif.")
			.param("followUps", """
					Démonstration : aucune suite n'a été annoncée. La synthèse reste à rédiger, avec les groupes d'opinion
					calculés à partir des votes.""")
			.param("opens", Timestamp.from(opens))
			.param("closes", Timestamp.from(closes))
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into participation_document (consultation_id, position, title, url, description)
				values (?, 1, 'Étude de cas : 2017 Brexit consensus', 'https://compdemocracy.org/case-studies/2017-brexit-consensus/',
				        'La présentation de la conversation par The Computational Democracy Project.')""")
			.param(consultation).update();

		Map<Long, Long> statements = new HashMap<>();
		for (PolisExport.Comment comment : export.comments().values()) {
			boolean rejected = comment.moderated() == -1;
			statements.put(comment.id(), jdbc.sql("""
					insert into participation_statement (consultation_id, author_id, body, created_at, hidden_at, hidden_reason)
					values (?, 0, ?, ?, ?, ?) returning id""")
				.params(consultation, comment.body(), Timestamp.from(comment.writtenAt()),
						rejected ? Timestamp.from(comment.writtenAt()) : null,
						rejected ? "Rejetée par la modération de Pol.is" : null)
				.query(Long.class)
				.single());
		}

		VoteMatrix votes = export.votes();
		CopyText copy = new CopyText("copy participation_statement_vote (statement_id, account_id, vote, voted_at) from stdin");
		Timestamp votedAt = Timestamp.from(opens);
		for (int row = 0; row < votes.participantCount(); row++) {
			// Negative: these participants have no account here, and no account can ever have this number.
			long participant = -(votes.participant(row) + 1);
			for (int column = 0; column < votes.statementCount(); column++) {
				if (votes.seen(row, column)) {
					copy.row(statements.get(votes.statement(column)), participant, (int) votes.vote(row, column), votedAt);
				}
			}
		}
		copy.flush(dataSource);
		jdbc.sql("""
				update participation_statement s set
				    agree_count = (select count(*) from participation_statement_vote v where v.statement_id = s.id and v.vote = 1),
				    disagree_count = (select count(*) from participation_statement_vote v where v.statement_id = s.id and v.vote = -1),
				    pass_count = (select count(*) from participation_statement_vote v where v.statement_id = s.id and v.vote = 0)
				where s.consultation_id = ?""").param(consultation).update();
	}
}
