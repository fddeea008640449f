package fr.ouvert.participation.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Acceptance 3: every participation export (the datasets in CSV, JSON and paged rows, and the vote matrix
 * of each consultation) holds no e-mail address, and no name of an author who chose not to show it or
 * whose contribution was hidden. Fetched over real HTTP, as a reuser would.
 */
class ExportsContainNoEmailTest extends PlatformTest {

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	@LocalServerPort
	int port;

	@Autowired
	Proposals proposals;

	@Autowired
	Statements statements;

	@Autowired
	Surveys surveys;

	@Autowired
	ParticipationReports reports;

	@Autowired
	ConsultationRefs consultations;

	@Autowired
	ObjectMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	private CurrentUser named(String name) {
		Accounts.Account account = Accounts.citizen(jdbc);
		jdbc.sql("update account_user set display_name = ? where id = ?").params(name, account.id()).update();
		return new CurrentUser(account.id(), name, account.email(), Set.of(Role.CITIZEN), null, null, false);
	}

	private String fetch(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	/** Posts a comment through the comment module's form, as the person would. */
	private void comment(CurrentUser author, String type, long id, String body) throws Exception {
		Accounts.Account account = new Accounts.Account(author.id(), author.email());
		int status = mvc.perform(post("/commentaires").with(csrf()).session(Sessions.signIn(mvc, account))
			.param("type", type).param("id", Long.toString(id)).param("body", body)).andReturn().getResponse().getStatus();
		assertThat(status).as("comment on %s %s", type, id).isEqualTo(302);
	}

	@Test
	void noExportHoldsAnEmailOrAHiddenName() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		ConsultationFixtures.Fixture fixture = ConsultationFixtures.open(jdbc);
		ConsultationRef consultation = consultations.require(fixture.slug());
		long article = ConsultationFixtures.article(jdbc, fixture, 1);
		long statement = ConsultationFixtures.statement(jdbc, fixture, "Les avis doivent être publiés.");
		long question = ConsultationFixtures.question(jdbc, fixture, 1, Question.TEXT, "Qu'en pensez-vous ?");
		long choice = ConsultationFixtures.question(jdbc, fixture, 2, Question.SINGLE, "Faut-il publier ?", "Oui", "Non");

		CurrentUser shown = named("Camille Visible " + suffix);
		CurrentUser discreet = named("Dominique Discrète " + suffix);
		CurrentUser hiddenAuthor = named("Claude Masqué " + suffix);
		CurrentUser moderator = new CurrentUser(Accounts.moderator(jdbc).id(), "Modératrice", "moderatrice@example.fr",
				Set.of(Role.MODERATOR), null, null, false);

		long visible = ((Proposals.Submitted) proposals.submit(shown, consultation,
				new Proposals.Draft(Proposal.PROPOSAL, null, "Publier les avis", "Tous les avis, en CSV.", true))).id();
		proposals.submit(discreet, consultation,
				new Proposals.Draft(Proposal.AMENDMENT, article, "Amender l'article 1", "Remplacer « peut » par « doit ».", false));
		long hidden = ((Proposals.Submitted) proposals.submit(hiddenAuthor, consultation,
				new Proposals.Draft(Proposal.PROPOSAL, null, "Écrivez-moi", "Mon adresse est claude@example.org", true))).id();
		comment(hiddenAuthor, Proposal.LINKABLE_TYPE, hidden, "Un commentaire sur une proposition masquée.");
		reports.hide(moderator, "proposal", hidden, "personal-data");
		proposals.support(discreet, visible, true);
		statements.add(discreet, consultation, "Les données doivent être gratuites.");
		statements.vote(shown, statement, Vote.AGREE);
		statements.vote(discreet, statement, Vote.DISAGREE);
		surveys.answer(discreet, surveys.question(question), new Answer(List.of(), null, "Une réponse libre."));
		surveys.answer(discreet, surveys.question(choice), new Answer(List.of(0), null, null));
		surveys.answer(shown, surveys.question(choice), new Answer(List.of(0), null, null));

		comment(shown, Proposal.LINKABLE_TYPE, visible, "Je soutiens, et voici pourquoi.");
		comment(shown, "participation-consultation", fixture.id(), "Un commentaire sur la consultation.");
		assertThat(jdbc.sql("select comment_count from participation_proposal where id = ?").param(visible)
			.query(Integer.class).single()).isEqualTo(1);

		List<String> exports = new ArrayList<>();
		JsonNode datasets = json.readTree(fetch("/api/1/opendata?page_size=1000")).get("data");
		List<String> slugs = new ArrayList<>();
		for (JsonNode dataset : datasets) {
			if (dataset.get("slug").asString().startsWith("participation-")) {
				slugs.add(dataset.get("slug").asString());
			}
		}
		assertThat(slugs).contains("participation-contributions", "participation-affirmations", "participation-votes",
				"participation-votes-anonymes", "participation-questionnaires", "participation-syntheses", "participation-suites");
		for (String slug : slugs) {
			exports.add(fetch("/api/1/opendata/" + slug + "/export.csv"));
			exports.add(fetch("/api/1/opendata/" + slug + "/export.json"));
			exports.add(fetch("/api/1/opendata/" + slug + "/rows?page_size=1000"));
		}
		exports.add(fetch("/api/1/participation/consultations/" + fixture.slug() + "/participants-votes.csv"));
		exports.add(fetch("/api/1/participation/consultations/" + fixture.slug() + "/proposals?page_size=100"));
		String commentsCsv = fetch("/api/1/participation/comments.csv");
		exports.add(commentsCsv);
		exports.add(fetch("/api/1/participation/comments.json"));
		assertThat(commentsCsv).contains("Je soutiens, et voici pourquoi.", "Un commentaire sur la consultation.")
			.doesNotContain("Un commentaire sur une proposition masquée.");
		assertThat(fetch("/api/1/opendata/participation-questionnaires/export.csv").lines()
			.filter(line -> line.startsWith(fixture.slug() + ",")))
			.as("survey results: choices counted, free text not published")
			.containsExactly(fixture.slug() + "," + choice + ",2,single,Faut-il publier ?,1,Oui,2",
					fixture.slug() + "," + choice + ",2,single,Faut-il publier ?,2,Non,0");

		String all = String.join("\n", exports);
		assertThat(all).as("the shown name is published").contains(shown.displayName());
		assertThat(all).as("the published contributions are there").contains("Publier les avis", "Amender l'article 1");
		for (String export : exports) {
			assertThat(EMAIL.matcher(export).find()).as("an e-mail address in %s", export.substring(0, Math.min(200, export.length())))
				.isFalse();
			assertThat(export).doesNotContain(discreet.displayName(), hiddenAuthor.displayName(), "Écrivez-moi");
			assertThat(export).as("no account column").doesNotContain("author_id", "account_id", "reporter_id");
			for (CurrentUser user : List.of(shown, discreet, hiddenAuthor)) {
				assertThat(export).doesNotContain(user.email());
			}
		}
	}

	@Test
	void theVoteMatrixHasPolisShapeWithPseudonymousParticipants() throws Exception {
		ConsultationFixtures.Fixture fixture = ConsultationFixtures.open(jdbc);
		long first = ConsultationFixtures.statement(jdbc, fixture, "Première affirmation.");
		long second = ConsultationFixtures.statement(jdbc, fixture, "Deuxième affirmation.");
		long hidden = ConsultationFixtures.statement(jdbc, fixture, "Affirmation masquée.");
		jdbc.sql("update participation_statement set hidden_at = now(), hidden_reason = 'spam' where id = ?").param(hidden).update();
		CurrentUser early = named("Premier votant");
		CurrentUser late = named("Second votant");
		statements.vote(early, first, Vote.AGREE);
		statements.vote(early, second, Vote.PASS);
		statements.vote(late, second, Vote.DISAGREE);
		ConsultationRef consultation = consultations.require(fixture.slug());
		statements.add(late, consultation, "Une affirmation d'un participant.");

		List<String> lines = fetch("/api/1/participation/consultations/" + fixture.slug() + "/participants-votes.csv").lines().toList();
		long added = jdbc.sql("select max(id) from participation_statement where consultation_id = ?").param(fixture.id())
			.query(Long.class).single();
		assertThat(lines).containsExactly(
				"participant,group-id,n-comments,n-votes,n-agree,n-disagree," + first + "," + second + "," + added,
				"0,,0,2,1,0,1,0,",
				"1,,1,1,0,1,,-1,");
		// The open dataset of individual votes numbers the participants the same way.
		List<String> votes = fetch("/api/1/opendata/participation-votes-anonymes/export.csv").lines()
			.filter(line -> line.startsWith(fixture.slug() + ",")).toList();
		assertThat(votes).containsExactly(fixture.slug() + ",0," + first + ",1", fixture.slug() + ",0," + second + ",0",
				fixture.slug() + ",1," + second + ",-1");
	}
}
