package fr.ouvert.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Voters hammering the vote and support API at once, each on its own thread, for a fixed time: each voter sends
 * one request after the other (a person clicking), {@code PUT /api/1/participation/statements/{id}/vote} with a
 * random vote on a random statement, or {@code PUT}/{@code DELETE /api/1/participation/proposals/{id}/support} on
 * one of the most supported proposals (where counters are contended). Each voter remembers the last state the
 * server acknowledged (HTTP 200) for each item; afterwards {@link #check} compares it with the database: a vote
 * acknowledged but absent or different is lost; a row the voter never got acknowledged, or a counter that does not
 * match its rows, is a duplicate or a lost update. A request that failed or timed out leaves its item uncertain
 * (the server may or may not have applied it) until the voter's next acknowledged request on it.
 */
final class ConcurrentVoters {

	private static final String[] VOTES = { "disagree", "pass", "agree" };

	/** What one voter saw acknowledged: statement → vote (-1, 0, 1), proposal → supported. */
	private static final class Voter {
		final long account;
		final String key;
		final Map<Long, Integer> votes = new HashMap<>();
		final Map<Long, Boolean> supports = new HashMap<>();
		final Set<Long> uncertainVotes = new HashSet<>();
		final Set<Long> uncertainSupports = new HashSet<>();

		Voter(long account, String key) {
			this.account = account;
			this.key = key;
		}
	}

	record Report(long acknowledged, long failed, double seconds, long[] latencies, Map<Integer, Long> statuses) {
	}

	private final HttpClient client;
	private final String base;
	private final List<Voter> voters = new ArrayList<>();
	private final long[] statements;
	private final long[] hotProposals;

	ConcurrentVoters(HttpClient client, String base, Map<Long, String> keysByAccount, long[] statements,
			long[] hotProposals) {
		this.client = client;
		this.base = base;
		keysByAccount.forEach((account, key) -> voters.add(new Voter(account, key)));
		this.statements = statements;
		this.hotProposals = hotProposals;
	}

	Report run(int seconds, long seed) throws InterruptedException {
		AtomicLong acknowledged = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		Map<Integer, Long> statuses = new java.util.concurrent.ConcurrentHashMap<>();
		List<long[]> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(voters.size());
		long[] window = new long[1];
		for (int v = 0; v < voters.size(); v++) {
			Voter voter = voters.get(v);
			SplittableRandom random = new SplittableRandom(seed + v);
			Thread thread = new Thread(() -> {
				long[] own = new long[1 << 16];
				int count = 0;
				try {
					start.await();
					while (System.nanoTime() < window[0]) {
						boolean vote = random.nextInt(10) < 7;
						long item = vote ? statements[random.nextInt(statements.length)]
								: hotProposals[random.nextInt(hotProposals.length)];
						int value = vote ? random.nextInt(3) - 1 : random.nextInt(2);
						HttpRequest.Builder request = HttpRequest.newBuilder()
							.timeout(Duration.ofSeconds(30))
							.header("X-API-KEY", voter.key)
							.header("Accept", "application/json");
						if (vote) {
							request.uri(URI.create(base + "/api/1/participation/statements/" + item + "/vote"))
								.header("Content-Type", "application/json")
								.PUT(HttpRequest.BodyPublishers.ofString("{\"vote\":\"" + VOTES[value + 1] + "\"}"));
						}
						else {
							request.uri(URI.create(base + "/api/1/participation/proposals/" + item + "/support"));
							request.method(value == 1 ? "PUT" : "DELETE", HttpRequest.BodyPublishers.noBody());
						}
						long t = System.nanoTime();
						int status;
						try {
							status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
						}
						catch (java.io.IOException e) {
							status = 0;
						}
						if (count < own.length) {
							own[count++] = System.nanoTime() - t;
						}
						statuses.merge(status, 1L, Long::sum);
						if (status == 200) {
							acknowledged.incrementAndGet();
							if (vote) {
								voter.votes.put(item, value);
								voter.uncertainVotes.remove(item);
							}
							else {
								voter.supports.put(item, value == 1);
								voter.uncertainSupports.remove(item);
							}
						}
						else {
							failed.incrementAndGet();
							(vote ? voter.uncertainVotes : voter.uncertainSupports).add(item);
						}
					}
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				finally {
					latencies.add(java.util.Arrays.copyOf(own, count));
					done.countDown();
				}
			}, "voter-" + v);
			thread.setDaemon(true);
			thread.start();
		}
		long t = System.nanoTime();
		window[0] = t + seconds * 1_000_000_000L;
		start.countDown();
		done.await();
		double elapsed = BenchSupport.seconds(t);
		long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
		return new Report(acknowledged.get(), failed.get(), elapsed, all, new java.util.TreeMap<>(statuses));
	}

	/** Compares what the voters saw acknowledged with the rows and counters; returns the count of problems. */
	long check(JdbcTemplate jdbc, long consultationId) {
		long lostVotes = 0;
		long unexpectedVotes = 0;
		long lostSupports = 0;
		long unexpectedSupports = 0;
		long uncertain = 0;
		long expectedVotes = 0;
		long expectedSupports = 0;
		// One scan of each table for all voters: neither has an index on the account alone.
		Long[] accounts = voters.stream().map(v -> v.account).toArray(Long[]::new);
		Map<Long, Map<Long, Integer>> storedVotes = new HashMap<>();
		Map<Long, Set<Long>> storedSupports = new HashMap<>();
		jdbc.query(connection -> {
			var statement = connection.prepareStatement(
					"select account_id, statement_id, vote from participation_statement_vote where account_id = any(?)");
			statement.setArray(1, connection.createArrayOf("bigint", accounts));
			return statement;
		}, rs -> {
			storedVotes.computeIfAbsent(rs.getLong(1), a -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
		});
		jdbc.query(connection -> {
			var statement = connection.prepareStatement(
					"select account_id, proposal_id from participation_support where account_id = any(?)");
			statement.setArray(1, connection.createArrayOf("bigint", accounts));
			return statement;
		}, rs -> {
			storedSupports.computeIfAbsent(rs.getLong(1), a -> new HashSet<>()).add(rs.getLong(2));
		});
		for (Voter voter : voters) {
			Map<Long, Integer> stored = storedVotes.getOrDefault(voter.account, Map.of());
			Set<Long> supported = storedSupports.getOrDefault(voter.account, Set.of());
			uncertain += voter.uncertainVotes.size() + voter.uncertainSupports.size();
			for (Map.Entry<Long, Integer> vote : voter.votes.entrySet()) {
				if (voter.uncertainVotes.contains(vote.getKey())) {
					continue;
				}
				expectedVotes++;
				if (!vote.getValue().equals(stored.get(vote.getKey()))) {
					lostVotes++;
				}
			}
			for (Long statement : stored.keySet()) {
				if (!voter.votes.containsKey(statement) && !voter.uncertainVotes.contains(statement)) {
					unexpectedVotes++;
				}
			}
			for (Map.Entry<Long, Boolean> support : voter.supports.entrySet()) {
				if (voter.uncertainSupports.contains(support.getKey())) {
					continue;
				}
				expectedSupports += support.getValue() ? 1 : 0;
				if (support.getValue() != supported.contains(support.getKey())) {
					lostSupports++;
				}
			}
			for (Long proposal : supported) {
				if (!voter.supports.containsKey(proposal) && !voter.uncertainSupports.contains(proposal)) {
					unexpectedSupports++;
				}
			}
		}
		long duplicated = jdbc.queryForObject("""
				select (select count(*) from (select statement_id, account_id from participation_statement_vote
				        group by 1, 2 having count(*) > 1) v)
				     + (select count(*) from (select proposal_id, account_id from participation_support
				        group by 1, 2 having count(*) > 1) s)""", Long.class);
		long statementCounters = jdbc.queryForObject("""
				select count(*) from participation_statement s
				cross join lateral (select count(*) filter (where vote = 1) as agree, count(*) filter (where vote = -1)
				  as disagree, count(*) filter (where vote = 0) as pass
				  from participation_statement_vote v where v.statement_id = s.id) c
				where s.consultation_id = ?
				  and (s.agree_count, s.disagree_count, s.pass_count) is distinct from (c.agree, c.disagree, c.pass)""", Long.class, consultationId);
		long supportCounters = jdbc.queryForObject("""
				select count(*) from participation_proposal p
				where p.consultation_id = ? and p.support_count <>
				  (select count(*) from participation_support s where s.proposal_id = p.id)""", Long.class, consultationId);
		System.out.printf(Locale.ROOT, "%nChecked in the database after the run:%n"
				+ "  statement votes acknowledged (last per voter and statement): %,d; lost or different: %d; "
				+ "stored but never acknowledged: %d%n"
				+ "  supports acknowledged as present: %,d; lost or different: %d; stored but never acknowledged: %d%n"
				+ "  items left uncertain by a failed request: %d%n"
				+ "  duplicated (statement, account) or (proposal, account) rows: %d%n"
				+ "  statements whose agree/disagree/pass counters differ from their rows: %d%n"
				+ "  proposals whose support counter differs from its rows: %d%n",
				expectedVotes, lostVotes, unexpectedVotes, expectedSupports, lostSupports, unexpectedSupports, uncertain,
				duplicated, statementCounters, supportCounters);
		return lostVotes + unexpectedVotes + lostSupports + unexpectedSupports + duplicated + statementCounters
				+ supportCounters;
	}
}
