package fr.ouvert.participation.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The draft of a consultation written with SQL: two camps voting on nine statements (one consensual, one hidden),
 * the French contributions of {@link FrenchContributions} as proposals (one hidden), and a free-text question.
 */
class SynthesisHelpersTest extends PlatformTest {

	private static final int CAMP_SIZE = 12;

	@Autowired
	SynthesisHelpers helpers;

	@Autowired
	ObjectMapper json;

	private long consultation;
	private long[] statements;
	private long hiddenStatement;
	private long hiddenProposal;
	private long question;

	@BeforeEach
	void consultation() {
		String slug = "synthese-" + UUID.randomUUID().toString().substring(0, 8);
		consultation = jdbc.sql("""
				insert into participation_consultation (slug, title, organisation_id, organisation_name, theme, created_by)
				values (?, 'Le vélo en ville', 1, 'Ville de test', 'mobilite', 1) returning id""")
			.param(slug)
			.query(Long.class)
			.single();
		String[] bodies = { "Il faut des pistes cyclables séparées", "Les trottinettes doivent être interdites",
				"Le centre-ville doit être piéton", "Les bus doivent être gratuits", "Il faut plus de parkings",
				"La voiture reste indispensable", "Les livraisons doivent se faire la nuit",
				"Les rues doivent être mieux éclairées", "Les commerçants doivent être consultés" };
		statements = new long[bodies.length];
		for (int s = 0; s < bodies.length; s++) {
			statements[s] = statement(bodies[s], false);
		}
		hiddenStatement = statement("Un message masqué par la modération", true);
		// Camp A agrees with statements 0-3 and disagrees with 4-6; camp B the opposite; everyone agrees with 7 and 8.
		// Some leave one statement unseen, so the matrix has missing votes.
		for (int voter = 0; voter < 2 * CAMP_SIZE; voter++) {
			boolean campA = voter < CAMP_SIZE;
			for (int s = 0; s < statements.length; s++) {
				if (s == voter % 9 && voter % 3 == 0) {
					continue;
				}
				int vote = s >= 7 ? 1 : (s <= 3) == campA ? 1 : -1;
				vote(statements[s], accountId(voter), vote);
			}
			vote(hiddenStatement, accountId(voter), campA ? 1 : -1);
		}
		for (int i = 0; i < 5; i++) {
			vote(statements[0], accountId(100 + i), 1);
		}
		List<Contribution> contributions = FrenchContributions.all();
		for (Contribution contribution : contributions) {
			jdbc.sql("""
					insert into participation_proposal (consultation_id, kind, author_id, title, body, support_count)
					values (?, 'proposal', 1, ?, ?, 2)""")
				.params(consultation, "Proposition " + contribution.id(), contribution.text())
				.update();
		}
		hiddenProposal = jdbc.sql("""
				insert into participation_proposal (consultation_id, kind, author_id, title, body, hidden_at, hidden_reason)
				values (?, 'proposal', 1, 'Masquée', 'Achetez des montres pas chères', now(), 'spam') returning id""")
			.param(consultation)
			.query(Long.class)
			.single();
		question = jdbc.sql("""
				insert into participation_question (consultation_id, position, kind, label)
				values (?, 1, 'text', 'Que proposez-vous pour le logement ?') returning id""")
			.param(consultation)
			.query(Long.class)
			.single();
		for (int a = 0; a < FrenchContributions.HOUSING.size(); a++) {
			jdbc.sql("insert into participation_answer (question_id, account_id, text_value, answered_at) values (?, ?, ?, now() + ? * interval '1 second')")
				.params(question, accountId(a), FrenchContributions.HOUSING.get(a), a)
				.update();
		}
		jdbc.sql("insert into participation_answer (question_id, account_id, text_value) values (?, ?, '   ')")
			.params(question, accountId(50))
			.update();
	}

	private long statement(String body, boolean hidden) {
		return jdbc.sql("""
				insert into participation_statement (consultation_id, author_id, body, hidden_at)
				values (?, 1, ?, case when ? then now() end) returning id""")
			.params(consultation, body, hidden)
			.query(Long.class)
			.single();
	}

	private void vote(long statement, long account, int vote) {
		jdbc.sql("insert into participation_statement_vote (statement_id, account_id, vote) values (?, ?, ?)")
			.params(statement, account, vote)
			.update();
	}

	private long accountId(int voter) {
		return 7_000_000L + consultation * 1000 + voter;
	}

	@Test
	void draftsTheOpinionGroupsOfTheStatementVotes() {
		SynthesisDraft draft = helpers.draft(consultation);

		assertThat(draft.counts().statements()).isEqualTo(9);
		assertThat(draft.counts().voters()).isEqualTo(2 * CAMP_SIZE + 5);
		SynthesisDraft.Opinions opinions = draft.opinions();
		assertThat(opinions.inConversation()).isEqualTo(2 * CAMP_SIZE);
		assertThat(opinions.k()).isEqualTo(2);
		assertThat(opinions.groups()).extracting(SynthesisDraft.Group::size).containsExactly(CAMP_SIZE, CAMP_SIZE);
		assertThat(opinions.groups()).allSatisfy(group -> {
			SynthesisDraft.RepresentativeStatement first = group.representative().get(0);
			assertThat(first.direction()).isEqualTo("agree");
			assertThat(first.significant()).isTrue();
			assertThat(first.text()).isNotBlank();
		});
		assertThat(opinions.consensus()).extracting(SynthesisDraft.ConsensusStatement::statementId)
			.startsWith(statements[7], statements[8])
			.doesNotContain(hiddenStatement);
		assertThat(opinions.consensus().get(0).text()).isEqualTo("Les rues doivent être mieux éclairées");
	}

	@Test
	void draftsTopicsAndCampaignsOfProposalsAndFreeTextAnswers() {
		SynthesisDraft draft = helpers.draft(consultation);

		assertThat(draft.counts().proposals()).isEqualTo(26);
		assertThat(draft.counts().supports()).isEqualTo(52);
		assertThat(draft.counts().freeTextAnswers()).isEqualTo(6);
		SynthesisDraft.TextSynthesis proposals = draft.texts().get(0);
		assertThat(proposals.source()).isEqualTo("proposals");
		assertThat(proposals.contributions()).isEqualTo(26);
		assertThat(proposals.topics()).hasSize(3);
		assertThat(proposals.topics().get(0).size()).isEqualTo(14);
		assertThat(proposals.topics().get(0).labels()).contains("pistes");
		assertThat(proposals.nearDuplicates()).singleElement().satisfies(campaign -> {
			assertThat(campaign.size()).isEqualTo(8);
			assertThat(campaign.representative().text()).startsWith("Proposition").contains("Non à la suppression");
		});
		assertThat(proposals.topics()).flatExtracting(SynthesisDraft.Topic::examples)
			.extracting(SynthesisDraft.Quote::id)
			.doesNotContain(hiddenProposal);
		SynthesisDraft.TextSynthesis answers = draft.texts().get(1);
		assertThat(answers.source()).isEqualTo("question");
		assertThat(answers.questionId()).isEqualTo(question);
		assertThat(answers.title()).isEqualTo("Que proposez-vous pour le logement ?");
		assertThat(answers.contributions()).isEqualTo(6);
		assertThat(answers.topics()).isNotEmpty();
		assertThat(answers.topics().get(0).central().id()).isBetween(1L, 6L);
	}

	/** The platform's JSON is snake case (udata's convention), the draft's too. */
	@Test
	void theDraftIsWrittenAsJsonForTheSynthesisColumns() {
		JsonNode written = json.valueToTree(helpers.draft(consultation));

		assertThat(written.get("consultation_id").asLong()).isEqualTo(consultation);
		assertThat(written.at("/opinions/groups/0/representative/0/direction").asString()).isEqualTo("agree");
		assertThat(written.at("/opinions/explained_variance").size()).isEqualTo(2);
		assertThat(written.at("/texts/0/near_duplicates/0/ids").size()).isEqualTo(8);
		jdbc.sql("""
				insert into participation_synthesis (consultation_id, body, method, opinion_groups, topic_clusters, updated_by)
				values (?, 'Synthèse', 'Méthode', cast(? as jsonb), cast(? as jsonb), 1)""")
			.params(consultation, json.writeValueAsString(written.get("opinions")),
					json.writeValueAsString(written.get("texts")))
			.update();
		assertThat(jdbc.sql("select opinion_groups -> 'k' from participation_synthesis where consultation_id = ?")
			.param(consultation)
			.query(String.class)
			.single()).isEqualTo("2");
	}

	@Test
	void aConsultationWithoutContributionsGivesAnEmptyDraft() {
		long empty = jdbc.sql("""
				insert into participation_consultation (slug, title, organisation_id, organisation_name, theme, created_by)
				values (?, 'Vide', 1, 'Ville de test', 'mobilite', 1) returning id""")
			.param("vide-" + UUID.randomUUID().toString().substring(0, 8))
			.query(Long.class)
			.single();

		SynthesisDraft draft = helpers.draft(empty);

		assertThat(draft.counts()).isEqualTo(new SynthesisDraft.Counts(0, 0, 0, 0, 0, 0));
		assertThat(draft.opinions().k()).isZero();
		assertThat(draft.opinions().groups()).isEmpty();
		assertThat(draft.texts()).isEmpty();
	}
}
