package fr.ouvert.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.postgresql.PGConnection;

/**
 * A consultation of the issue's size, written with COPY: proposals (Zipf-distributed supports and comments),
 * threaded comments in the comment module's table on the linkable type {@code participation-proposal}, supports,
 * and Pol.is-style statements with their votes. Counters on the rows (support, comment, agree/disagree/pass
 * counts) agree with the rows counted, as the platform keeps them. Accounts of supports and votes are ids only (the
 * tables have no foreign key to accounts); the voters of the concurrent run are real accounts, made separately.
 * The same seed gives the same consultation.
 */
final class ParticipationGenerator {

	/** @param supports supports on proposals: the issue's "votes" on the list's most-supported order */
	record Sizes(int proposals, int comments, int supports, int statements, int statementVotes) {
		static final Sizes ISSUE = new Sizes(10_000, 100_000, 1_000_000, 100, 200_000);
	}

	record LoadReport(double proposalsSeconds, double commentsSeconds, double supportsSeconds,
			double statementsSeconds, double analyzeSeconds) {
	}

	static final String SLUG = "bench-participation";
	/** Fake account ids of supports and votes: far above any real account. */
	static final long FIRST_FAKE_ACCOUNT = 50_000_000L;
	private static final int SUPPORTERS = 300_000;
	private static final int STATEMENT_VOTERS = 5_000;
	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private static final List<String> SUBJECTS = List.of("les pistes cyclables", "la cantine scolaire",
			"les loyers du centre-ville", "l'éclairage public", "les horaires des bus", "les jardins partagés",
			"la rénovation des écoles", "le tri des déchets", "les aires de jeux", "la médiathèque",
			"les trottoirs", "le marché couvert", "les logements étudiants", "la piscine municipale",
			"les bornes de recharge", "les parkings relais", "la végétalisation des cours", "le budget participatif");
	private static final List<String> ACTIONS = List.of("Améliorer", "Développer", "Rénover", "Financer",
			"Ouvrir le dimanche", "Rendre gratuits", "Sécuriser", "Étendre", "Repenser", "Mieux entretenir");
	private static final List<String> REASONS = List.of(
			"Les habitants le demandent depuis des années et la situation se dégrade.",
			"Cela profiterait d'abord aux familles et aux personnes âgées du quartier.",
			"D'autres villes l'ont fait avec succès, pour un coût raisonnable.",
			"Il faut concerter les riverains avant de lancer les travaux, et publier le calendrier.",
			"Le budget pourrait venir des économies d'énergie réalisées ailleurs.",
			"Les enfants n'ont aujourd'hui aucun endroit sûr pour cela.");
	private static final List<String> NAMES = List.of("Camille", "Dominique", "Claude", "Sacha", "Alix", "Morgan",
			"Lou", "Charlie", "Maxime", "Andréa");

	private final Sizes sizes;
	private final long seed;
	private final int[] supportCounts;
	private final int[] commentCounts;

	ParticipationGenerator(Sizes sizes, long seed) {
		this.sizes = sizes;
		this.seed = seed;
		this.supportCounts = spread(sizes.supports(), sizes.proposals(), 1.0, SUPPORTERS);
		this.commentCounts = spread(sizes.comments(), sizes.proposals(), 0.7, Integer.MAX_VALUE);
	}

	/** The most commented proposals' ranks (0-based), most commented first. */
	int[] mostCommented(int count) {
		return java.util.stream.IntStream.range(0, sizes.proposals())
			.boxed()
			.sorted((a, b) -> Integer.compare(commentCounts[b], commentCounts[a]))
			.limit(count)
			.mapToInt(Integer::intValue)
			.toArray();
	}

	int comments(int rank) {
		return commentCounts[rank];
	}

	/**
	 * {@code total} spread over {@code n} items by Zipf's law of the given exponent, each at most {@code cap}, the
	 * rounding settled on the last ones; shuffled so that ids and popularity are unrelated.
	 */
	private int[] spread(int total, int n, double exponent, int cap) {
		double norm = 0;
		for (int r = 1; r <= n; r++) {
			norm += 1 / Math.pow(r, exponent);
		}
		int[] counts = new int[n];
		long sum = 0;
		for (int r = 1; r <= n; r++) {
			counts[r - 1] = (int) Math.min(cap, Math.floor(total / Math.pow(r, exponent) / norm));
			sum += counts[r - 1];
		}
		for (int i = n - 1; sum < total; i = i == 0 ? n - 1 : i - 1) {
			if (counts[i] < cap) {
				counts[i]++;
				sum++;
			}
		}
		Random random = new Random(seed);
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = counts[i];
			counts[i] = counts[j];
			counts[j] = swap;
		}
		return counts;
	}

	/** Writes everything; returns the consultation's id. Proposal {@code rank} gets id {@code firstProposal + rank}. */
	LoadReport load(Connection connection, long consultationId, long firstProposal, long firstComment,
			long firstStatement) throws SQLException {
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		Random random = new Random(seed + 1);
		long t = System.nanoTime();
		try (CatalogGenerator.CopyText out = new CatalogGenerator.CopyText(copy.copyIn("""
				copy participation_proposal (id, consultation_id, kind, author_id, author_name, title, body, theme,
				  support_count, comment_count, created_at) from stdin"""))) {
			for (int rank = 0; rank < sizes.proposals(); rank++) {
				String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
				String title = ACTIONS.get(random.nextInt(ACTIONS.size())) + " " + subject + " (n° " + (rank + 1) + ")";
				String body = "Je propose de " + title.toLowerCase(java.util.Locale.FRENCH) + ". "
						+ REASONS.get(random.nextInt(REASONS.size())) + " " + REASONS.get(random.nextInt(REASONS.size()));
				out.number(firstProposal + rank).number(consultationId).text("proposal").number(FIRST_FAKE_ACCOUNT + rank)
					.text(random.nextInt(3) == 0 ? null : NAMES.get(random.nextInt(NAMES.size())))
					.text(title).text(body).text(subject).number(supportCounts[rank]).number(commentCounts[rank])
					.value(NOW.minusSeconds(30L * 86_400 * (sizes.proposals() - rank) / sizes.proposals()))
					.endRow();
			}
		}
		double proposals = BenchSupport.seconds(t);

		t = System.nanoTime();
		long id = firstComment;
		try (CatalogGenerator.CopyText out = new CatalogGenerator.CopyText(copy.copyIn("""
				copy comment_comment (id, subject_type, subject_id, author_id, author_name, body, created_at, parent_id,
				  depth) from stdin"""))) {
			for (int rank = 0; rank < sizes.proposals(); rank++) {
				long lastTop = 0;
				long lastReply = 0;
				Instant at = NOW.minusSeconds(20L * 86_400);
				for (int c = 0; c < commentCounts[rank]; c++) {
					int draw = random.nextInt(10);
					int depth = c == 0 || draw < 7 ? 1 : lastReply != 0 && draw == 9 ? 3 : 2;
					long parent = depth == 1 ? 0 : depth == 2 ? lastTop : lastReply;
					at = at.plusSeconds(1 + random.nextInt(600));
					out.number(id).text("participation-proposal").text(Long.toString(firstProposal + rank))
						.number(FIRST_FAKE_ACCOUNT + random.nextInt(SUPPORTERS)).text(NAMES.get(random.nextInt(NAMES.size())))
						.text(REASONS.get(random.nextInt(REASONS.size()))).value(at)
						.text(parent == 0 ? null : Long.toString(parent)).number(depth).endRow();
					if (depth == 1) {
						lastTop = id;
						lastReply = 0;
					}
					else if (depth == 2) {
						lastReply = id;
					}
					id++;
				}
			}
		}
		double comments = BenchSupport.seconds(t);

		t = System.nanoTime();
		try (CatalogGenerator.CopyText out = new CatalogGenerator.CopyText(
				copy.copyIn("copy participation_support (proposal_id, account_id, created_at) from stdin"))) {
			for (int rank = 0; rank < sizes.proposals(); rank++) {
				// Distinct supporters per proposal: a run of the supporters' pool from a random start.
				int start = random.nextInt(SUPPORTERS);
				for (int s = 0; s < supportCounts[rank]; s++) {
					out.number(firstProposal + rank).number(FIRST_FAKE_ACCOUNT + (start + s) % SUPPORTERS)
						.value(NOW.minusSeconds(random.nextInt(20 * 86_400))).endRow();
				}
			}
		}
		double supports = BenchSupport.seconds(t);

		t = System.nanoTime();
		// Votes are drawn first: the statements' counters, written before them (foreign key), must match.
		int[][] counts = new int[sizes.statements()][3];
		int[] votedStatement = new int[sizes.statementVotes()];
		int[] voters = new int[sizes.statementVotes()];
		int[] votes = new int[sizes.statementVotes()];
		int perVoter = Math.max(1, Math.min(sizes.statements(), sizes.statementVotes() / STATEMENT_VOTERS));
		for (int written = 0, voter = 0; written < sizes.statementVotes(); voter++) {
			int start = random.nextInt(sizes.statements());
			boolean camp = random.nextBoolean();
			for (int v = 0; v < perVoter && written < sizes.statementVotes(); v++, written++) {
				int statement = (start + v) % sizes.statements();
				int draw = random.nextInt(10);
				int vote = draw == 0 ? 0 : ((statement % 2 == 0) == camp) == draw < 8 ? 1 : -1;
				counts[statement][vote + 1]++;
				votedStatement[written] = statement;
				voters[written] = voter;
				votes[written] = vote;
			}
		}
		try (CatalogGenerator.CopyText out = new CatalogGenerator.CopyText(copy.copyIn("""
				copy participation_statement (id, consultation_id, author_id, body, seed, agree_count, disagree_count,
				  pass_count) from stdin"""))) {
			for (int s = 0; s < sizes.statements(); s++) {
				out.number(firstStatement + s).number(consultationId).number(FIRST_FAKE_ACCOUNT)
					.text(ACTIONS.get(s % ACTIONS.size()) + " " + SUBJECTS.get(s % SUBJECTS.size()) + " est une priorité ("
							+ (s + 1) + ").")
					.text(s < 10 ? "t" : "f").number(counts[s][2]).number(counts[s][0]).number(counts[s][1]).endRow();
			}
		}
		try (CatalogGenerator.CopyText out = new CatalogGenerator.CopyText(
				copy.copyIn("copy participation_statement_vote (statement_id, account_id, vote) from stdin"))) {
			for (int i = 0; i < votes.length; i++) {
				out.number(firstStatement + votedStatement[i]).number(FIRST_FAKE_ACCOUNT + SUPPORTERS + voters[i])
					.number(votes[i]).endRow();
			}
		}
		double statements = BenchSupport.seconds(t);

		t = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			for (String table : List.of("participation_proposal", "comment_comment", "participation_statement")) {
				statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
						+ table + "))");
			}
			statement.execute("analyze participation_proposal, comment_comment, participation_support, "
					+ "participation_statement, participation_statement_vote");
		}
		return new LoadReport(proposals, comments, supports, statements, BenchSupport.seconds(t));
	}
}
