package fr.ouvert.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * An open-loop load generator: request {@code i} is due at {@code start + i / rate} and is sent
 * then, whether or not the earlier ones have been answered, so a slow answer does not delay the
 * next requests (no coordinated omission). Latency runs from the due time to the last byte of the
 * body, so a late send (a pause of this JVM) counts against the server, as a user would feel it.
 */
final class OpenLoopLoad {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The answer to one request; {@code error} is null when it was a 200 whose body parsed. */
	record Outcome(SearchMix.Request request, long latencyNanos, long sendLagNanos, int status, String error,
			boolean facets) {
	}

	/** The figures of one run. */
	record Report(List<Outcome> outcomes, double seconds, long maxSendLagNanos) {

		long errors() {
			return outcomes.stream().filter(o -> o.error() != null).count();
		}

		long[] sortedLatencies(Predicate<Outcome> which) {
			return outcomes.stream().filter(o -> o.error() == null && which.test(o)).mapToLong(Outcome::latencyNanos)
				.sorted().toArray();
		}
	}

	private final HttpClient client;
	private final String base;

	OpenLoopLoad(HttpClient client, String base) {
		this.client = client;
		this.base = base;
	}

	Report run(List<SearchMix.Request> requests, double rate) throws InterruptedException {
		int n = requests.size();
		Outcome[] outcomes = new Outcome[n];
		CountDownLatch done = new CountDownLatch(n);
		long start = System.nanoTime() + 50_000_000L;
		long maxLag = 0;
		for (int i = 0; i < n; i++) {
			long due = start + Math.round(i * 1e9 / rate);
			for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
				LockSupport.parkNanos(wait);
			}
			long lag = System.nanoTime() - due;
			maxLag = Math.max(maxLag, lag);
			SearchMix.Request request = requests.get(i);
			int index = i;
			HttpRequest http = HttpRequest.newBuilder(URI.create(base + request.path())).timeout(Duration.ofSeconds(10))
				.header("Accept", "application/json, text/html;q=0.9").build();
			client.sendAsync(http, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
				long latency = System.nanoTime() - due;
				outcomes[index] = failure != null
						? new Outcome(request, latency, lag, 0, failure.getClass().getSimpleName() + ": " + failure.getMessage(), false)
						: check(request, response, latency, lag);
				done.countDown();
			});
		}
		if (!done.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException(done.getCount() + " requests still unanswered 30 s after the last was sent");
		}
		return new Report(Arrays.asList(outcomes), (System.nanoTime() - start) / 1e9, maxLag);
	}

	private record Envelope(boolean data, boolean total, boolean facets) {
	}

	/**
	 * The kinds of the envelope's top-level members, read as a stream of tokens: the whole answer is
	 * parsed (so a cut or broken body fails) without building a tree of its 20 datasets, which would
	 * make the client, in the same process as the server, cost more than it measures.
	 */
	private static Envelope envelope(byte[] body) {
		boolean data = false;
		boolean total = false;
		boolean facets = false;
		try (JsonParser parser = JSON.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return new Envelope(false, false, false);
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (name) {
					case "data" -> data = value == JsonToken.START_ARRAY;
					case "total" -> total = value.isNumeric();
					case "facets" -> facets = value == JsonToken.START_OBJECT;
					default -> {
					}
				}
				skipValue(parser, value);
			}
			if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
				throw new IllegalStateException("the envelope does not end where the body does");
			}
		}
		return new Envelope(data, total, facets);
	}

	/** Reads through a value, so a malformed nested value fails here. */
	private static void skipValue(JsonParser parser, JsonToken value) {
		if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
			int depth = 1;
			while (depth > 0) {
				JsonToken token = parser.nextToken();
				if (token == null) {
					throw new IllegalStateException("the body ends inside a value");
				}
				if (token.isStructStart()) {
					depth++;
				}
				else if (token.isStructEnd()) {
					depth--;
				}
			}
		}
	}

	/** A 200 whose body is the API's JSON envelope (data array, total), or an HTML page with its facets. */
	private static Outcome check(SearchMix.Request request, HttpResponse<byte[]> response, long latency, long lag) {
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (response.statusCode() != 200) {
			return new Outcome(request, latency, lag, response.statusCode(), "HTTP " + response.statusCode(), false);
		}
		try {
			if (type.startsWith("application/json")) {
				Envelope body = envelope(response.body());
				if (!body.data() || !body.total()) {
					return new Outcome(request, latency, lag, 200, "JSON without data[] and total", false);
				}
				return new Outcome(request, latency, lag, 200, null, body.facets());
			}
			String html = new String(response.body(), StandardCharsets.UTF_8);
			if (!html.contains("id=\"titre-facettes\"") || !html.stripTrailing().endsWith("</html>")) {
				return new Outcome(request, latency, lag, 200, "HTML page without its facets or cut short", false);
			}
			return new Outcome(request, latency, lag, 200, null, html.contains("ouvert-facet"));
		}
		catch (RuntimeException e) {
			return new Outcome(request, latency, lag, 200, "unparsable " + type + ": " + e.getMessage(), false);
		}
	}

	static void print(String label, Report report, double loadBefore, double loadAfter) {
		long[] all = report.sortedLatencies(o -> true);
		System.out.printf(Locale.ROOT, "%n%s: %,d requests in %.1f s (%.1f req/s), %,d errors, %,d answers with facets; "
				+ "latest send %.1f ms after its due time; load average %.2f before, %.2f after%n", label,
				report.outcomes().size(), report.seconds(), report.outcomes().size() / report.seconds(), report.errors(),
				report.outcomes().stream().filter(Outcome::facets).count(), report.maxSendLagNanos() / 1e6, loadBefore,
				loadAfter);
		String format = "  %-22s %7s %8s %8s %8s %8s %9s%n";
		System.out.printf(Locale.ROOT, format, "requests (ms)", "count", "p50", "p90", "p99", "p99.9", "max");
		row(format, "all", all);
		Set<String> kinds = new TreeSet<>();
		report.outcomes().forEach(o -> kinds.add(o.request().kind()));
		for (String kind : kinds) {
			row(format, kind, report.sortedLatencies(o -> o.request().kind().equals(kind)));
		}
		row(format, "with a filter", report.sortedLatencies(o -> o.request().filter() != null));
		for (String filter : List.of("tag", "organization", "format", "license")) {
			row(format, "  " + filter, report.sortedLatencies(o -> o.request().filter() != null
					&& o.request().filter().startsWith(filter + "=")));
		}
		report.outcomes().stream().filter(o -> o.error() != null).limit(5)
			.forEach(o -> System.out.println("  error: " + o.error() + " for " + o.request().path()));
	}

	private static void row(String format, String label, long[] sorted) {
		if (sorted.length == 0) {
			return;
		}
		System.out.printf(Locale.ROOT, format, label, sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)),
				ms(percentile(sorted, 99)), ms(percentile(sorted, 99.9)), ms(sorted[sorted.length - 1]));
	}

	/** Nearest rank: the smallest value with at least p % of the values at or below it. */
	static long percentile(long[] sorted, double p) {
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
	}

	/** The slowest distinct requests of a run, slowest first. */
	static List<Outcome> slowest(Report report, int count) {
		return report.outcomes().stream().filter(o -> o.error() == null)
			.sorted(Comparator.comparingLong(Outcome::latencyNanos).reversed())
			.filter(distinctPaths()).limit(count).toList();
	}

	private static Predicate<Outcome> distinctPaths() {
		Set<String> paths = new HashSet<>();
		return o -> paths.add(o.request().path());
	}
}
