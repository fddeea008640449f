package fr.ouvert.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import javax.sql.DataSource;

import fr.ouvert.account.internal.ApiKeys;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.participation.synthesis.SynthesisDraft;
import fr.ouvert.participation.synthesis.SynthesisHelpers;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Participation at the issue's scale: starts the real platform in this JVM on its embedded PostgreSQL, writes an
 * open consultation with 10,000 proposals, 100,000 threaded comments, 1,000,000 supports and 100 statements with
 * 200,000 votes ({@link ParticipationGenerator}, COPY), then
 * <ol>
 * <li>times the synthesis draft of that consultation ({@link SynthesisHelpers#draft});</li>
 * <li>measures the proposal list ({@code /consultations/{slug}/propositions?tri=…&page=…}, the three orders, first
 * and random pages) and the proposal pages ({@code /consultations/{slug}/propositions/{id}}, random proposals and
 * the most commented ones) over HTTP, one request at a time after a warm-up: p50, p95, p99, max;</li>
 * <li>runs {@code bench.voters} concurrent voters (500) for {@code bench.duration} seconds against the vote and
 * support API ({@link ConcurrentVoters}) and checks in the database that no acknowledged vote was lost and none
 * duplicated, and that every counter matches its rows; prints the throughput.</li>
 * </ol>
 * System properties: {@code bench.proposals}, {@code bench.comments}, {@code bench.supports},
 * {@code bench.statements}, {@code bench.statementVotes} (default: the issue's sizes), {@code bench.requests}
 * (measured requests per page kind, default 500; 0 measures no page), {@code bench.voters} (500), {@code bench.duration} (60),
 * {@code bench.seed}. Extra arguments go to Spring Boot. Exits with 1 when a vote was lost or duplicated.
 */
public final class ParticipationBenchmark {

	private ParticipationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		ParticipationGenerator.Sizes defaults = ParticipationGenerator.Sizes.ISSUE;
		ParticipationGenerator.Sizes sizes = new ParticipationGenerator.Sizes(
				Integer.getInteger("bench.proposals", defaults.proposals()),
				Integer.getInteger("bench.comments", defaults.comments()),
				Integer.getInteger("bench.supports", defaults.supports()),
				Integer.getInteger("bench.statements", defaults.statements()),
				Integer.getInteger("bench.statementVotes", defaults.statementVotes()));
		int requests = Integer.getInteger("bench.requests", 500);
		int voterCount = Integer.getInteger("bench.voters", 500);
		int duration = Integer.getInteger("bench.duration", 60);
		long seed = Long.getLong("bench.seed", 20261127L);
		Path home = Files.createTempDirectory("ouvert-bench-");
		ConfigurableApplicationContext context = null;
		long problems;
		try {
			BenchSupport.printMachine();
			List<String> arguments = new ArrayList<>(List.of("--ouvert.catalog.link-check.enabled=false",
					"--ouvert.catalog.demo-data.enabled=false", "--ouvert.procurement.demo-data.enabled=false",
					// Every voter writes far more than a person would: the per-account write limit is lifted.
					"--ouvert.rate-limit.user-writes-per-minute=10000000"));
			arguments.addAll(List.of(args));
			context = BenchSupport.startPlatform(home, arguments);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			System.out.println("Database: " + jdbc.queryForObject("select version()", String.class));

			long consultation = createConsultation(jdbc);
			ParticipationGenerator generator = new ParticipationGenerator(sizes, seed);
			long firstProposal = next(jdbc, "participation_proposal");
			long firstStatement = next(jdbc, "participation_statement");
			ParticipationGenerator.LoadReport load;
			try (Connection connection = context.getBean(DataSource.class).getConnection()) {
				load = generator.load(connection, consultation, firstProposal, next(jdbc, "comment_comment"),
						firstStatement);
			}
			System.out.printf(Locale.ROOT, "%nLoaded with COPY: %,d proposals in %.1f s; %,d comments in %.1f s; "
					+ "%,d supports in %.1f s; %,d statements and %,d votes in %.1f s; analyze %.1f s%n",
					sizes.proposals(), load.proposalsSeconds(), sizes.comments(), load.commentsSeconds(), sizes.supports(),
					load.supportsSeconds(), sizes.statements(), sizes.statementVotes(), load.statementsSeconds(),
					load.analyzeSeconds());
			printSizes(jdbc);

			draftSynthesis(context.getBean(SynthesisHelpers.class), consultation);

			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10)).build();
			String base = "http://127.0.0.1:" + BenchSupport.port(context);
			if (requests > 0) {
				measurePages(client, base, generator, sizes, firstProposal, requests, seed);
			}

			Map<Long, String> keys = voters(context, jdbc, voterCount);
			long[] statements = jdbc.queryForList("select id from participation_statement where consultation_id = ?",
					Long.class, consultation).stream().mapToLong(Long::longValue).toArray();
			long[] hot = jdbc.queryForList("""
					select id from participation_proposal where consultation_id = ? order by support_count desc limit 50""",
					Long.class, consultation).stream().mapToLong(Long::longValue).toArray();
			ConcurrentVoters load500 = new ConcurrentVoters(client, base, keys, statements, hot);
			double before = BenchSupport.loadAverage();
			ConcurrentVoters.Report report = load500.run(duration, seed);
			System.out.printf(Locale.ROOT, "%n%d concurrent voters for %.1f s: %,d requests acknowledged (HTTP 200), %,d "
					+ "failed; throughput %.0f acknowledged writes/s; statuses %s; load average %.2f before, %.2f after%n",
					voterCount, report.seconds(), report.acknowledged(), report.failed(),
					report.acknowledged() / report.seconds(), report.statuses(), before, BenchSupport.loadAverage());
			long[] latencies = report.latencies();
			System.out.printf(Locale.ROOT, "  write latency (ms): p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
					ms(OpenLoopLoad.percentile(latencies, 50)), ms(OpenLoopLoad.percentile(latencies, 95)),
					ms(OpenLoopLoad.percentile(latencies, 99)), ms(latencies[latencies.length - 1]));
			problems = load500.check(jdbc, consultation);
			System.out.println(problems == 0 ? "  => zero lost, zero duplicated" : "  => " + problems + " PROBLEMS");
			BenchSupport.printLoad("at the end");
		}
		finally {
			if (context != null) {
				context.close();
			}
			BenchSupport.deleteRecursively(home);
		}
		System.exit(problems == 0 ? 0 : 1);
	}

	private static long createConsultation(JdbcTemplate jdbc) {
		Long organisation = jdbc.queryForObject("select min(id) from account_organisation", Long.class);
		return jdbc.queryForObject("""
				insert into participation_consultation (slug, title, organisation_id, organisation_name, theme, context,
				  submitted_text, procedure, moderation_charter, announced_follow_ups, contribution_types, opens_at,
				  closes_at, published_at, created_by)
				values (?, 'Consultation de mesure : la ville de demain', ?, 'Organisation de mesure', 'urbanisme',
				  'Contexte.', 'Questions.', 'Toute personne inscrite.', 'Charte.', 'Une synthèse sera publiée.',
				  '{proposals,comments,statements}', now() - interval '10 days', now() + interval '20 days',
				  now() - interval '11 days', 1)
				returning id""", Long.class, ParticipationGenerator.SLUG, organisation == null ? 1 : organisation);
	}

	/** What the agent's synthesis page asks for, at this scale: the time it takes, and what it found. */
	private static void draftSynthesis(SynthesisHelpers helpers, long consultation) {
		long t = System.nanoTime();
		SynthesisDraft draft = helpers.draft(consultation);
		SynthesisDraft.TextSynthesis proposals = draft.texts().get(0);
		System.out.printf(Locale.ROOT, "%nSynthesis draft in %.1f s: %,d voters, %,d placed, k = %d (groups %s); proposals: "
				+ "%,d distinct texts, %d topics (sizes %s), %d near-duplicate groups (largest %d)%n",
				BenchSupport.seconds(t), draft.counts().voters(), draft.opinions().inConversation(), draft.opinions().k(),
				draft.opinions().groups().stream().map(SynthesisDraft.Group::size).toList(), proposals.distinctTexts(),
				proposals.topics().size(), proposals.topics().stream().map(SynthesisDraft.Topic::size).toList(),
				proposals.nearDuplicates().size(),
				proposals.nearDuplicates().isEmpty() ? 0 : proposals.nearDuplicates().get(0).size());
	}

	private static long next(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
	}

	/** Real accounts with API keys, made through the accounts module like a person asking for a key. */
	private static Map<Long, String> voters(ConfigurableApplicationContext context, JdbcTemplate jdbc, int count) {
		ApiKeys apiKeys = context.getBean(ApiKeys.class);
		Map<Long, String> keys = new LinkedHashMap<>();
		for (int v = 0; v < count; v++) {
			String email = "votant-" + v + "@bench.ouvert.localhost";
			long id = jdbc.queryForObject("""
					insert into account_user (email, password_hash, display_name, email_confirmed_at)
					values (?, '{noop}unused', ?, now()) returning id""", Long.class, email, "Votant " + v);
			jdbc.update("insert into account_user_role (user_id, role) values (?, 'CITIZEN')", id);
			keys.put(id, apiKeys.issue(new CurrentUser(id, "Votant " + v, email, Set.of(Role.CITIZEN), null, null, false)));
		}
		return keys;
	}

	private record PageKind(String label, Supplier<String> path) {
	}

	private static void measurePages(HttpClient client, String base, ParticipationGenerator generator,
			ParticipationGenerator.Sizes sizes, long firstProposal, int requests, long seed) throws Exception {
		SplittableRandom random = new SplittableRandom(seed);
		String list = "/consultations/" + ParticipationGenerator.SLUG + "/propositions";
		int pages = Math.max(1, sizes.proposals() / 20);
		int[] mostCommented = generator.mostCommented(10);
		List<PageKind> kinds = List.of(
				new PageKind("list tri=soutiens page 1", () -> list + "?tri=soutiens&page=1"),
				new PageKind("list tri=soutiens random page", () -> list + "?tri=soutiens&page=" + (1 + random.nextInt(pages))),
				new PageKind("list tri=recentes random page", () -> list + "?tri=recentes&page=" + (1 + random.nextInt(pages))),
				new PageKind("list tri=hasard random page", () -> list + "?tri=hasard&page=" + (1 + random.nextInt(pages))),
				new PageKind("proposal, random", () -> list + "/" + (firstProposal + random.nextInt(sizes.proposals()))),
				new PageKind("proposal, 10 most commented",
						() -> list + "/" + (firstProposal + mostCommented[random.nextInt(mostCommented.length)])));
		System.out.printf(Locale.ROOT, "%nPages, one request at a time (%d warm-up requests of each kind, then %d measured; "
				+ "the most commented proposals have %,d to %,d comments):%n", Math.max(50, requests / 5), requests,
				generator.comments(mostCommented[mostCommented.length - 1]), generator.comments(mostCommented[0]));
		String format = "  %-32s %6s %8s %8s %8s %8s %9s%n";
		System.out.printf(Locale.ROOT, format, "page (ms)", "count", "p50", "p95", "p99", "max", "KB (mean)");
		for (PageKind kind : kinds) {
			for (int w = 0; w < Math.max(50, requests / 5); w++) {
				get(client, base, kind.path().get());
			}
			long[] latencies = new long[requests];
			long bytes = 0;
			for (int r = 0; r < requests; r++) {
				long t = System.nanoTime();
				bytes += get(client, base, kind.path().get());
				latencies[r] = System.nanoTime() - t;
			}
			java.util.Arrays.sort(latencies);
			System.out.printf(Locale.ROOT, format, kind.label(), requests, f(ms(OpenLoopLoad.percentile(latencies, 50))),
					f(ms(OpenLoopLoad.percentile(latencies, 95))), f(ms(OpenLoopLoad.percentile(latencies, 99))),
					f(ms(latencies[requests - 1])), f(bytes / 1024.0 / requests));
		}
	}

	/** The body's size; fails on anything but a complete HTML page with status 200. */
	private static long get(HttpClient client, String base, String path) throws Exception {
		HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofByteArray());
		String body = new String(response.body(), StandardCharsets.UTF_8);
		if (response.statusCode() != 200 || !body.stripTrailing().endsWith("</html>")) {
			throw new IllegalStateException(path + " answered HTTP " + response.statusCode() + ": "
					+ body.substring(0, Math.min(300, body.length())));
		}
		return response.body().length;
	}

	private static void printSizes(JdbcTemplate jdbc) {
		for (String table : List.of("participation_proposal", "comment_comment", "participation_support",
				"participation_statement_vote")) {
			jdbc.query("select pg_size_pretty(pg_total_relation_size(?::regclass))", rs -> {
				System.out.printf(Locale.ROOT, "  %-30s %s with indexes%n", table, rs.getString(1));
			}, table);
		}
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static String f(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
