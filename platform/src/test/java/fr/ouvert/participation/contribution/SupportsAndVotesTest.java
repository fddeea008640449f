package fr.ouvert.participation.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Supports and votes through the API: one per account (the database enforces it), idempotent requests,
 * counters equal to the rows even under concurrent requests, changes only while the consultation is open.
 */
class SupportsAndVotesTest extends PlatformTest {

	@Autowired
	Statements statements;

	@Autowired
	Proposals proposals;

	@Autowired
	ObjectMapper json;

	private long proposal(ConsultationFixtures.Fixture consultation) {
		Accounts.Account author = Accounts.citizen(jdbc);
		return jdbc.sql("""
				insert into participation_proposal (consultation_id, kind, author_id, author_name, title, body)
				values (?, 'proposal', ?, null, 'Publier les avis', 'Publier tous les avis en données ouvertes.') returning id""")
			.params(consultation.id(), author.id())
			.query(Long.class)
			.single();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		if (session != null) {
			request.session(session);
		}
		return mvc.perform(request.with(csrf())).andReturn().getResponse();
	}

	private JsonNode body(MockHttpServletResponse response) throws Exception {
		return json.readTree(response.getContentAsString());
	}

	private static MockHttpServletRequestBuilder vote(long statement, String vote) {
		return put("/api/1/participation/statements/" + statement + "/vote").contentType(MediaType.APPLICATION_JSON)
			.content("{\"vote\":\"" + vote + "\"}");
	}

	private static CurrentUser user(Accounts.Account account) {
		return new CurrentUser(account.id(), "Citoyen de test", account.email(), Set.of(Role.CITIZEN), null, null, false);
	}

	@Test
	void supportingTwiceCountsOnceAndWithdrawingTwiceRemovesOnce() throws Exception {
		ConsultationFixtures.Fixture consultation = ConsultationFixtures.open(jdbc);
		long proposal = proposal(consultation);
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		String support = "/api/1/participation/proposals/" + proposal + "/support";

		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse response = send(put(support), citizen);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(body(response).get("supported").asBoolean()).isTrue();
			assertThat(body(response).get("support_count").asInt()).isEqualTo(1);
		}
		send(put(support), Sessions.signIn(mvc, Accounts.citizen(jdbc)));
		assertThat(supportRows(proposal)).isEqualTo(2);
		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse response = send(delete(support), citizen);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(body(response).get("support_count").asInt()).isEqualTo(1);
		}
		assertThat(supportCounter(proposal)).isEqualTo(supportRows(proposal)).isEqualTo(1);
	}

	@Test
	void anonymousWritesGet401AndUnknownVotes400() throws Exception {
		ConsultationFixtures.Fixture consultation = ConsultationFixtures.open(jdbc);
		long statement = ConsultationFixtures.statement(jdbc, consultation, "Les avis doivent être publiés.");
		assertThat(send(put("/api/1/participation/proposals/" + proposal(consultation) + "/support"), null).getStatus())
			.isEqualTo(401);
		assertThat(send(vote(statement, "agree"), null).getStatus()).isEqualTo(401);
		MockHttpServletResponse unknown = send(vote(statement, "maybe"), Sessions.signIn(mvc, Accounts.citizen(jdbc)));
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(body(unknown).get("errors").get("vote").asString()).isEqualTo("must be agree, disagree or pass");
	}

	@Test
	void aVoteChangesWhileOpenAndIsRefusedAfterTheClose() throws Exception {
		ConsultationFixtures.Fixture consultation = ConsultationFixtures.open(jdbc);
		long statement = ConsultationFixtures.statement(jdbc, consultation, "Les avis doivent être publiés.");
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));

		JsonNode agreed = body(send(vote(statement, "agree"), citizen));
		assertThat(agreed.get("agree_count").asInt()).isEqualTo(1);
		JsonNode again = body(send(vote(statement, "agree"), citizen));
		assertThat(again.get("agree_count").asInt()).isEqualTo(1);
		JsonNode changed = body(send(vote(statement, "disagree"), citizen));
		assertThat(changed.get("agree_count").asInt()).isZero();
		assertThat(changed.get("disagree_count").asInt()).isEqualTo(1);

		ConsultationFixtures.close(jdbc, consultation);
		MockHttpServletResponse refused = send(vote(statement, "pass"), citizen);
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(body(refused).get("message").asString()).isEqualTo("La consultation n'est pas ouverte aux contributions");
		assertThat(body(refused).get("status").asInt()).isEqualTo(409);
		assertThat(jdbc.sql("select vote from participation_statement_vote where statement_id = ?").param(statement)
			.query(Integer.class).list()).containsExactly(-1);
	}

	@Test
	void aScheduledConsultationRefusesSupports() throws Exception {
		ConsultationFixtures.Fixture consultation = ConsultationFixtures.scheduled(jdbc);
		MockHttpServletResponse response = send(put("/api/1/participation/proposals/" + proposal(consultation) + "/support"),
				Sessions.signIn(mvc, Accounts.citizen(jdbc)));
		assertThat(response.getStatus()).isEqualTo(409);
	}

	@Test
	void aConsultationForVerifiedAccountsRefusesOthersWith403() throws Exception {
		ConsultationFixtures.Fixture consultation = ConsultationFixtures.openToVerifiedAccounts(jdbc);
		long statement = ConsultationFixtures.statement(jdbc, consultation, "Les avis doivent être publiés.");
		Accounts.Account account = Accounts.citizen(jdbc);
		MockHttpServletResponse refused = send(vote(statement, "agree"), Sessions.signIn(mvc, account));
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(body(refused).get("message").asString()).contains("compte vérifié");

		jdbc.sql("update account_user set identity_verified = true where id = ?").param(account.id()).update();
		assertThat(send(vote(statement, "agree"), Sessions.signIn(mvc, account)).getStatus()).isEqualTo(200);
	}

	@Test
	void concurrentVotesOfManyAccountsLeaveOneRowEachAndCountersEqualToTheRows() throws Exception {
		ConsultationFixtures.Fixture consultation = ConsultationFixtures.open(jdbc);
		long statement = ConsultationFixtures.statement(jdbc, consultation, "Les avis doivent être publiés.");
		List<CurrentUser> voters = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			voters.add(user(Accounts.citizen(jdbc)));
		}
		Vote[] choices = Vote.values();
		int requestsPerVoter = 6;
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (int v = 0; v < voters.size(); v++) {
			for (int r = 0; r < requestsPerVoter; r++) {
				CurrentUser voter = voters.get(v);
				Vote vote = choices[(v + r) % choices.length];
				done.add(pool.submit(() -> {
					start.await();
					return statements.vote(voter, statement, vote);
				}));
			}
		}
		start.countDown();
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();

		assertThat(jdbc.sql("select count(*) from participation_statement_vote where statement_id = ?").param(statement)
			.query(Integer.class).single()).isEqualTo(voters.size());
		Statement counted = statements.find(statement);
		assertThat(counted.voteCount()).isEqualTo(voters.size());
		for (Vote vote : choices) {
			int rows = jdbc.sql("select count(*) from participation_statement_vote where statement_id = ? and vote = ?")
				.params(statement, vote.value()).query(Integer.class).single();
			int counter = switch (vote) {
				case AGREE -> counted.agreeCount();
				case DISAGREE -> counted.disagreeCount();
				case PASS -> counted.passCount();
			};
			assertThat(counter).as("counter of %s", vote).isEqualTo(rows);
		}
	}

	@Test
	void concurrentSupportsOfOneAccountCountOnce() throws Exception {
		ConsultationFixtures.Fixture consultation = ConsultationFixtures.open(jdbc);
		long proposal = proposal(consultation);
		CurrentUser supporter = user(Accounts.citizen(jdbc));
		CurrentUser other = user(Accounts.citizen(jdbc));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			CurrentUser who = i % 2 == 0 ? supporter : other;
			done.add(pool.submit(() -> {
				start.await();
				return proposals.support(who, proposal, true);
			}));
		}
		start.countDown();
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		assertThat(supportRows(proposal)).isEqualTo(2);
		assertThat(supportCounter(proposal)).isEqualTo(2);
	}

	@Test
	void answeringAgainReplacesTheAnswerAndAnswersMustFitTheQuestion() throws Exception {
		ConsultationFixtures.Fixture consultation = ConsultationFixtures.open(jdbc);
		long single = ConsultationFixtures.question(jdbc, consultation, 1, Question.SINGLE, "Êtes-vous d'accord ?", "Oui", "Non");
		long scale = ConsultationFixtures.question(jdbc, consultation, 2, Question.SCALE, "Quelle importance ?");
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		String answer = "/api/1/participation/questions/" + single + "/answer";

		for (String choice : List.of("[0]", "[0]", "[1]")) {
			MockHttpServletResponse response = send(put(answer).contentType(MediaType.APPLICATION_JSON)
				.content("{\"choices\":" + choice + "}"), citizen);
			assertThat(response.getStatus()).isEqualTo(200);
		}
		assertThat(jdbc.sql("select choices[1] from participation_answer where question_id = ?").param(single)
			.query(Integer.class).list()).containsExactly(1);

		MockHttpServletResponse twoChoices = send(put(answer).contentType(MediaType.APPLICATION_JSON)
			.content("{\"choices\":[0,1]}"), citizen);
		assertThat(twoChoices.getStatus()).isEqualTo(422);
		assertThat(body(twoChoices).get("errors").get("choices").asString())
			.isEqualTo("Choisissez une seule des réponses proposées.");
		MockHttpServletResponse outOfScale = send(put("/api/1/participation/questions/" + scale + "/answer")
			.contentType(MediaType.APPLICATION_JSON).content("{\"scale\":9}"), citizen);
		assertThat(outOfScale.getStatus()).isEqualTo(422);
		assertThat(body(outOfScale).get("errors").get("scale").asString())
			.isEqualTo("Donnez une valeur comprise dans l'échelle.");

		ConsultationFixtures.close(jdbc, consultation);
		assertThat(send(put(answer).contentType(MediaType.APPLICATION_JSON).content("{\"choices\":[0]}"), citizen)
			.getStatus()).isEqualTo(409);
	}

	private int supportRows(long proposal) {
		return jdbc.sql("select count(*) from participation_support where proposal_id = ?").param(proposal)
			.query(Integer.class).single();
	}

	private int supportCounter(long proposal) {
		return jdbc.sql("select support_count from participation_proposal where id = ?").param(proposal)
			.query(Integer.class).single();
	}
}
