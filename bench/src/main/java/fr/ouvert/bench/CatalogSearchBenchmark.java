package fr.ouvert.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.ouvert.catalog.domain.DatasetSearch;
import fr.ouvert.catalog.search.DatasetIndex;
import fr.ouvert.kernel.opendata.PageRequest;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search latency on a catalogue of data.gouv.fr's size: starts the real platform in this JVM on
 * its embedded PostgreSQL, loads 6,000 organisations, 75,000 datasets and 700,000 resources with
 * COPY ({@link CatalogGenerator}), rebuilds the search index from them (as the platform does at
 * start), then sends faceted full-text searches over HTTP at a fixed rate
 * with an open-loop generator ({@link OpenLoopLoad}, {@link SearchMix}) and prints the latency
 * percentiles. Last, the slowest requests are sent again, one at a time, with PostgreSQL's
 * {@code auto_explain} on, so that the plans of their slow statements are printed.
 *
 * <p>System properties: {@code bench.url} (the path, {@code %s} is the URL-encoded words; default
 * {@code /api/1/datasets/?q=%s}), {@code bench.rate} (requests per second, default 100),
 * {@code bench.warmup} and {@code bench.duration} (seconds, default 15 and 60), {@code bench.seed},
 * {@code bench.datasets}, {@code bench.resources}, {@code bench.organisations} (default: the
 * issue's sizes), {@code bench.explain} (slowest requests replayed with auto_explain, default 10; 0
 * for none) and {@code bench.explainMs} (statements logged from this duration, default 20).
 * Extra arguments go to Spring Boot.
 */
public final class CatalogSearchBenchmark {

	private CatalogSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String url = System.getProperty("bench.url", "/api/1/datasets/?q=%s");
		double rate = Double.parseDouble(System.getProperty("bench.rate", "100"));
		int warmup = Integer.getInteger("bench.warmup", 15);
		int duration = Integer.getInteger("bench.duration", 60);
		long seed = Long.getLong("bench.seed", 20261127L);
		int explain = Integer.getInteger("bench.explain", 10);
		CatalogGenerator.Sizes defaults = CatalogGenerator.Sizes.DATA_GOUV;
		int datasets = Integer.getInteger("bench.datasets", defaults.datasets());
		// A smaller catalogue keeps the same shape: its largest organisation shrinks with it.
		CatalogGenerator.Sizes sizes = new CatalogGenerator.Sizes(
				Integer.getInteger("bench.organisations", defaults.organisations()), datasets,
				Integer.getInteger("bench.resources", defaults.resources()),
				(int) Math.max(1, (long) defaults.largestOrganisation() * datasets / defaults.datasets()), defaults.tags());
		Path home = Files.createTempDirectory("ouvert-bench-");
		ConfigurableApplicationContext context = null;
		try {
			BenchSupport.printMachine();
			// The link checker would probe the generated URLs and the demo data would add datasets: both off.
			List<String> arguments = new java.util.ArrayList<>(List.of("--ouvert.catalog.link-check.enabled=false",
					"--ouvert.catalog.demo-data.enabled=false"));
			arguments.addAll(List.of(args));
			context = BenchSupport.startPlatform(home, arguments);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			DataSource dataSource = context.getBean(DataSource.class);
			System.out.println("Database: " + jdbc.queryForObject("select version()", String.class));

			long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from account_organisation", Long.class);
			java.util.Set<String> taken = new java.util.HashSet<>(
					jdbc.queryForList("select slug from account_organisation", String.class));
			CatalogGenerator catalog = new CatalogGenerator(sizes, seed, firstId, taken::contains);
			CatalogGenerator.LoadReport load;
			try (Connection connection = dataSource.getConnection()) {
				load = catalog.load(connection);
			}
			System.out.printf(Locale.ROOT, "%nLoaded with COPY: %,d organisations in %.1f s; %,d datasets in %.1f s "
					+ "(%,.0f rows/s, indexes included); %,d resources in %.1f s (%,.0f rows/s); "
					+ "analyze %.1f s%n", catalog.organisations().size(), load.organisationsSeconds(), sizes.datasets(),
					load.datasetsSeconds(), sizes.datasets() / load.datasetsSeconds(), load.resources(),
					load.resourcesSeconds(), load.resources() / load.resourcesSeconds(), load.analyzeSeconds());
			// The rows were copied into PostgreSQL behind the platform's back: rebuild its search index, as a start does.
			Path pgData = home.resolve("pg");
			CpuTime cpuBeforeIndex = CpuTime.now(pgData);
			DatasetIndex.Rebuilt indexed = context.getBean(DatasetIndex.class).rebuild();
			CpuTime indexing = CpuTime.now(pgData).minus(cpuBeforeIndex);
			System.out.printf(Locale.ROOT, "Search index rebuilt: %,d public datasets in %.1f s (CPU: JVM %.1f s, "
					+ "PostgreSQL %.1f s), %s on disk%n", indexed.datasets(), indexed.took().toMillis() / 1000.0,
					indexing.jvmMillis() / 1000.0, indexing.postgresMillis() / 1000.0,
					sizeOnDisk(home.resolve("catalog").resolve("search-index")));
			printSizes(jdbc);
			printMatches(context.getBean(DatasetSearch.class));

			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String base = "http://127.0.0.1:" + BenchSupport.port(context);
			SearchMix mix = new SearchMix(url, catalog, seed + 1);
			SearchMix.Request probe = mix.next();
			HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(base + probe.path())).build(),
					HttpResponse.BodyHandlers.ofString());
			System.out.printf(Locale.ROOT, "%nFirst request %s: HTTP %d, %s, %,d chars%n", probe.path(), first.statusCode(),
					first.headers().firstValue("Content-Type").orElse("no content type"), first.body().length());
			if (first.statusCode() != 200) {
				throw new IllegalStateException(base + probe.path() + " answered " + first.statusCode()
						+ " (is bench.url right? -Dbench.url=/catalogue?q=%s measures the HTML page)");
			}

			OpenLoopLoad generator = new OpenLoopLoad(client, base);
			double before = BenchSupport.loadAverage();
			OpenLoopLoad.Report warm = generator.run(mix.next((int) Math.round(rate * warmup)), rate);
			OpenLoopLoad.print("Warm-up at " + rate + " req/s", warm, before, BenchSupport.loadAverage());
			before = BenchSupport.loadAverage();
			java.util.Map<String, Long> threadsBefore = cpuByThreadKind();
			CpuTime cpuBefore = CpuTime.now(pgData);
			OpenLoopLoad.Report measured = generator.run(mix.next((int) Math.round(rate * duration)), rate);
			CpuTime cpu = CpuTime.now(pgData).minus(cpuBefore);
			java.util.Map<String, Long> threadsAfter = cpuByThreadKind();
			OpenLoopLoad.print("Measured at " + rate + " req/s (" + url + ")", measured, before,
					BenchSupport.loadAverage());
			int n = measured.outcomes().size();
			System.out.printf(Locale.ROOT, "  CPU during the measured run: JVM (server, client, generator) %.1f s = %.1f ms "
					+ "per request; PostgreSQL %.1f s = %.1f ms per request; %.2f of the machine's %d cores%n",
					cpu.jvmMillis() / 1000.0, (double) cpu.jvmMillis() / n, cpu.postgresMillis() / 1000.0,
					(double) cpu.postgresMillis() / n, (cpu.jvmMillis() + cpu.postgresMillis()) / 1000.0 / measured.seconds(),
					Runtime.getRuntime().availableProcessors());

			StringBuilder split = new StringBuilder("  JVM CPU by thread per request:");
			long javaThreads = 0;
			for (var kind : threadsAfter.entrySet()) {
				long millis = kind.getValue() - threadsBefore.getOrDefault(kind.getKey(), 0L);
				javaThreads += millis;
				split.append(String.format(Locale.ROOT, " %s %.1f ms;", kind.getKey(), (double) millis / n));
			}
			split.append(String.format(Locale.ROOT, " the rest (garbage collector, compiler) %.1f ms",
					(double) (cpu.jvmMillis() - javaThreads) / n));
			System.out.println(split);
			printSearchCpu(context.getBean(DatasetSearch.class), mix);

			if (explain > 0) {
				explainSlowest(context, jdbc, dataSource, client, base, OpenLoopLoad.slowest(measured, explain));
			}
			BenchSupport.printLoad("at the end");
		}
		finally {
			if (context != null) {
				context.close();
			}
			BenchSupport.deleteRecursively(home);
		}
	}

	private static void printSizes(JdbcTemplate jdbc) {
		System.out.println();
		for (String table : List.of("account_organisation", "catalog_dataset", "catalog_resource")) {
			jdbc.query("""
					select (select count(*) from %s) as n, pg_size_pretty(pg_relation_size(?::regclass)) as heap,
					       pg_size_pretty(pg_table_size(?::regclass) - pg_relation_size(?::regclass)) as toast,
					       pg_size_pretty(pg_indexes_size(?::regclass)) as i,
					       pg_size_pretty(pg_total_relation_size(?::regclass)) as total""".formatted(table),
					rs -> {
						System.out.printf(Locale.ROOT, "%-22s %,9d rows, heap %s, TOAST %s, indexes %s, total %s%n", table,
								rs.getLong("n"), rs.getString("heap"), rs.getString("toast"), rs.getString("i"),
								rs.getString("total"));
					}, table, table, table, table, table);
		}
		jdbc.query("""
				select indexrelid::regclass::text as name, pg_size_pretty(pg_relation_size(indexrelid)) as size
				from pg_index where indrelid = 'catalog_dataset'::regclass order by pg_relation_size(indexrelid) desc""",
				rs -> {
					System.out.printf(Locale.ROOT, "  index %-40s %s%n", rs.getString("name"), rs.getString("size"));
				});
	}

	/** How many public datasets the popular and the rare words match: the two ends of the mix. */
	private static void printMatches(DatasetSearch search) {
		StringBuilder line = new StringBuilder("Datasets matched:");
		for (String word : java.util.stream.Stream.concat(SearchMix.POPULAR.stream(),
				CatalogVocabulary.RARE_WORDS.stream().limit(5)).toList()) {
			long n = search.search(new DatasetSearch.Query(word, null, List.of(), null, null, null, null, null, null, null,
					null, null, false), PageRequest.of(1, 1), false).total();
			line.append(String.format(Locale.ROOT, " %s %,d;", word, n));
		}
		System.out.println(line);
	}

	/**
	 * The JVM CPU of {@code DatasetSearch.search} alone, called on this thread for requests of the
	 * mix (a first pass warms up, the second is measured): the index's work (matching, ranking,
	 * facets) and reading the page's 20 datasets, without HTTP, resources and JSON.
	 */
	private static void printSearchCpu(DatasetSearch search, SearchMix mix) {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		List<SearchMix.Request> requests = mix.next(600);
		requests.forEach(r -> search.search(query(r), PageRequest.of(1, 20), true));
		java.util.Map<String, long[]> byKind = new java.util.TreeMap<>();
		for (SearchMix.Request request : requests) {
			long before = threads.getCurrentThreadCpuTime();
			search.search(query(request), PageRequest.of(1, 20), true);
			long nanos = threads.getCurrentThreadCpuTime() - before;
			for (String kind : List.of("all", request.kind())) {
				long[] sum = byKind.computeIfAbsent(kind, k -> new long[2]);
				sum[0]++;
				sum[1] += nanos;
			}
		}
		StringBuilder line = new StringBuilder("DatasetSearch.search alone (index + the page's datasets, facets), JVM CPU "
				+ "per search:");
		byKind.forEach((kind, sum) -> line.append(String.format(Locale.ROOT, " %s %.2f ms;", kind, sum[1] / 1e6 / sum[0])));
		System.out.println(line);
	}

	/**
	 * CPU used so far by the live Java threads, in milliseconds, by kind: the server's request
	 * threads, the HTTP client's (receiving the answers), and the others (generator, parsing the
	 * answers, Lucene's and the pool's own threads).
	 */
	private static java.util.Map<String, Long> cpuByThreadKind() {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
		for (java.lang.management.ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
			long nanos = thread == null ? -1 : threads.getThreadCpuTime(thread.getThreadId());
			if (nanos > 0) {
				String name = thread.getThreadName();
				String kind = name.startsWith("http-nio") ? "server" : name.startsWith("HttpClient") ? "client" : "other";
				byKind.merge(kind, nanos / 1_000_000, Long::sum);
			}
		}
		return byKind;
	}

	private static DatasetSearch.Query query(SearchMix.Request request) {
		String filter = request.filter() == null ? "" : request.filter();
		String value = filter.isEmpty() ? null : filter.substring(filter.indexOf('=') + 1);
		Long organisation = filter.startsWith("organization=") ? Long.valueOf(value) : null;
		return new DatasetSearch.Query(request.q(), organisation, filter.startsWith("tag=") ? List.of(value) : List.of(),
				filter.startsWith("license=") ? value : null, filter.startsWith("format=") ? value : null, null, null, null,
				null, null, null, null, false);
	}

	private static String sizeOnDisk(Path folder) throws java.io.IOException {
		try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
			long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
			return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
		}
	}

	/**
	 * Sends the slowest requests again, one at a time, with auto_explain on for every new
	 * connection: the plans (timings, buffers) of their statements slower than {@code
	 * bench.explainMs} are sent to the client as messages ({@code client_min_messages = log}),
	 * which JdbcTemplate logs as ignored SQL warnings at DEBUG, on for this step only. The pool's
	 * connections are evicted so that new ones load the library and the settings.
	 */
	private static void explainSlowest(ConfigurableApplicationContext context, JdbcTemplate jdbc, DataSource dataSource,
			HttpClient client, String base, List<OpenLoopLoad.Outcome> slowest) throws Exception {
		String threshold = Integer.getInteger("bench.explainMs", 20) + "ms";
		// After an overload the server still works through requests whose clients gave up: wait until no
		// connection has been busy for a second (two minutes at most), so that only the replay is explained.
		var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		long deadline = System.nanoTime() + 120_000_000_000L;
		for (int idle = 0; idle < 10 && System.nanoTime() < deadline; idle = pool.getActiveConnections() == 0 ? idle + 1 : 0) {
			Thread.sleep(100);
		}
		jdbc.execute("load 'auto_explain'");
		jdbc.execute("alter system set session_preload_libraries = 'auto_explain'");
		jdbc.execute("alter system set auto_explain.log_min_duration = '" + threshold + "'");
		jdbc.execute("alter system set auto_explain.log_analyze = on");
		jdbc.execute("alter system set auto_explain.log_buffers = on");
		jdbc.execute("alter system set client_min_messages = 'log'");
		jdbc.execute("select pg_reload_conf()");
		pool.softEvictConnections();
		LoggingSystem logging = context.getBean(LoggingSystem.class);
		logging.setLogLevel(JdbcTemplate.class.getName(), LogLevel.DEBUG);
		System.out.printf(Locale.ROOT, "%nThe %d slowest requests again, one at a time, with the plans of their statements "
				+ "slower than %s (\"SQLWarning ignored\"; the times alone include auto_explain's own cost):%n",
				slowest.size(), threshold);
		try {
			for (OpenLoopLoad.Outcome outcome : slowest) {
				System.out.printf(Locale.ROOT, "%n>>> %s (%.1f ms under load)%n", outcome.request().path(),
						outcome.latencyNanos() / 1e6);
				long t = System.nanoTime();
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(URI.create(base + outcome.request().path())).build(),
						HttpResponse.BodyHandlers.ofString());
				System.out.printf(Locale.ROOT, "<<< HTTP %d, %.1f ms alone%n", response.statusCode(),
						BenchSupport.seconds(t) * 1000);
			}
		}
		finally {
			logging.setLogLevel(JdbcTemplate.class.getName(), null);
			jdbc.execute("alter system reset all");
			jdbc.execute("select pg_reload_conf()");
		}
	}
}
