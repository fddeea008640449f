package fr.ouvert.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import fr.ouvert.kernel.opendata.OpenDataCatalog;
import fr.ouvert.kernel.opendata.OpenDataRows;
import fr.ouvert.kernel.opendata.OpenDataset;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Macro benchmark of the open-data exports: starts the real platform in this JVM (embedded
 * PostgreSQL in a temporary {@code ouvert.home}), fills a table of {@code bench.rows} rows, then
 * downloads {@code export.csv} and {@code export.json} over HTTP, counting bytes and rows without
 * keeping the body, and samples the heap meanwhile. Run it with a heap far smaller than the export
 * (-Xmx256m): finishing, with a peak heap that does not grow with the row count, is what shows the
 * export streams in constant memory. Client and server share the JVM, so the heap figures include
 * the client's (small, fixed) buffers.
 *
 * <p>System properties: {@code bench.rows} (default 2,000,000), {@code bench.rounds} (default 1;
 * each round downloads both formats once). Extra arguments are passed to Spring Boot.
 */
public final class ExportBenchmark {

	private static final long MB = 1_000_000;
	private static final long MIB = 1 << 20;

	private ExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long rows = Long.getLong("bench.rows", 2_000_000);
		int rounds = Integer.getInteger("bench.rounds", 1);
		Path home = Files.createTempDirectory("ouvert-bench-");
		ConfigurableApplicationContext context = null;
		try (HeapSampler heap = new HeapSampler()) {
			BenchSupport.printMachine();
			context = BenchSupport.startPlatform(home, List.of(args), BenchDatasetConfiguration.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			System.out.println("Database: " + jdbc.queryForObject("select version()", String.class));
			fill(jdbc, rows);

			int port = BenchSupport.port(context);
			String base = "http://127.0.0.1:" + port + "/api/1/opendata/" + BenchDatasetConfiguration.SLUG;
			OpenDataset dataset = context.getBean(OpenDataCatalog.class).find(BenchDatasetConfiguration.SLUG)
				.orElseThrow();
			OpenDataRows openDataRows = context.getBean(OpenDataRows.class);
			long t = System.nanoTime();
			OpenDataRows.Version version = openDataRows.version(dataset);
			System.out.printf(Locale.ROOT, "OpenDataRows.version(), run by every export and /rows request: %.2f s, "
					+ "total=%,d%n", BenchSupport.seconds(t), version.total());
			t = System.nanoTime();
			jdbc.queryForObject("select count(*) from (" + dataset.sql() + ") rows", Long.class);
			System.out.printf(Locale.ROOT, "  of which its count(*) over the rows query: %.2f s%n", BenchSupport.seconds(t));
			t = System.nanoTime();
			jdbc.queryForObject(dataset.lastModifiedSql(), Object.class);
			System.out.printf(Locale.ROOT, "  of which the dataset's last-modified query: %.2f s%n", BenchSupport.seconds(t));

			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			timeGet(client, base + "/rows?page=1&page_size=20", "GET /rows first page");
			long lastPage = Math.max(1, (rows + 999) / 1000);
			timeGet(client, base + "/rows?page=" + lastPage + "&page_size=1000", "GET /rows last page (page_size=1000)");

			long baseline = heap.usedAfterGc();
			System.out.printf(Locale.ROOT, "Heap used after GC before the downloads: %.1f MiB (max heap %.0f MiB)%n%n",
					(double) baseline / MIB, (double) Runtime.getRuntime().maxMemory() / MIB);

			List<Result> results = new ArrayList<>();
			for (int round = 1; round <= rounds; round++) {
				results.add(download(client, base + "/export.csv", "csv", round, rows + 1, new CsvCounter(), heap));
				results.add(download(client, base + "/export.json", "json", round, rows, new JsonCounter(), heap));
			}
			printTable(rows, results);

			// The same rows without HTTP or formatting: how much of an export is the database and the conversion.
			AtomicLong streamed = new AtomicLong();
			t = System.nanoTime();
			openDataRows.forEach(dataset, values -> streamed.incrementAndGet());
			double forEach = BenchSupport.seconds(t);
			System.out.printf(Locale.ROOT, "OpenDataRows.forEach alone (query, cursor fetches, value conversion, "
					+ "no output): %,d rows in %.2f s, %,.0f rows/s%n", streamed.get(), forEach, streamed.get() / forEach);
			BenchSupport.printLoad("at the end");
		}
		finally {
			if (context != null) {
				// Stops Tomcat, then the embedded PostgreSQL (the EmbeddedPostgres bean's close).
				context.close();
			}
			BenchSupport.deleteRecursively(home);
		}
	}

	/** One statement fills the table; the primary key comes after, which is faster than maintaining it. */
	private static void fill(JdbcTemplate jdbc, long rows) {
		long t = System.nanoTime();
		String table = BenchDatasetConfiguration.TABLE;
		jdbc.execute("drop table if exists " + table);
		jdbc.execute(BenchDatasetConfiguration.CREATE_TABLE);
		jdbc.update("""
				insert into %s
				select i,
				       lpad((1000 + (i * 7919) %% 94000)::text, 5, '0'),
				       (array['Saint-Étienne', 'Besançon', 'Orléans', 'Nîmes', 'Béziers', 'Angoulême',
				              'Pontoise, Val-d''Oise', 'L''Haÿ-les-Roses'])[(1 + i %% 8)::int],
				       case i %% 4
				         when 0 then 'Délibération n° ' || i || ' : « budget primitif », vote à main levée'
				         when 1 then 'Arrêté du maire portant "péril imminent" rue de l''Église'
				         when 2 then 'Subvention à l''association Les Amis du Pré-Saint-Gervais'
				         else 'Marché public n°' || i || ' – lot ' || i %% 7 || ', maîtrise d''œuvre'
				       end,
				       ((i * 104729) %% 100000000) / 100.0,
				       case when i %% 10 = 0 then null else ((i * 31) %% 70)::int end,
				       i %% 3 <> 0,
				       date '2018-01-01' + ((i * 7919) %% 2000)::int,
				       (date '2018-01-01' + ((i * 7919) %% 2000)::int + 7 + make_interval(secs => (i * 13) %% 86400))
				         at time zone 'Europe/Paris',
				       case i %% 6
				         when 0 then E'Adopté à l''unanimité.\\nAvis favorable de la commission « finances »'
				         when 3 then 'Reporté, faute de quorum'
				       end
				from generate_series(1::bigint, ?::bigint) i""".formatted(table), rows);
		jdbc.execute("alter table " + table + " add primary key (id)");
		jdbc.execute("analyze " + table);
		String size = jdbc.queryForObject("select pg_size_pretty(pg_total_relation_size(?))", String.class, table);
		System.out.printf(Locale.ROOT, "Filled %s with %,d rows in %.1f s (%s on disk)%n", table, rows, BenchSupport.seconds(t), size);
	}

	private static void timeGet(HttpClient client, String url, String label) throws IOException, InterruptedException {
		long t = System.nanoTime();
		HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		System.out.printf(Locale.ROOT, "%s: HTTP %d, %,d bytes, %.2f s%n", label, response.statusCode(),
				response.body().length, BenchSupport.seconds(t));
	}

	record Result(String format, int round, long records, long lines, long bytes, double seconds, double firstByte,
			long peakHeap, long heapAfterGc, long gcCount, long gcMillis, String sample) {
	}

	private static Result download(HttpClient client, String url, String format, int round, long expected,
			Counter counter, HeapSampler heap) throws IOException, InterruptedException {
		heap.usedAfterGc();
		heap.resetPeak();
		long gcCount = gcCount();
		long gcMillis = gcMillis();
		long start = System.nanoTime();
		HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		long firstByte = 0;
		long bytes = 0;
		byte[] buffer = new byte[1 << 16];
		byte[] sample = new byte[600];
		try (InputStream body = response.body()) {
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + response.statusCode());
			}
			int n;
			while ((n = body.read(buffer)) >= 0) {
				if (firstByte == 0 && n > 0) {
					firstByte = System.nanoTime();
				}
				if (bytes < sample.length) {
					System.arraycopy(buffer, 0, sample, (int) bytes, (int) Math.min(n, sample.length - bytes));
				}
				bytes += n;
				counter.accept(buffer, n);
			}
		}
		long end = System.nanoTime();
		long peak = heap.resetPeak();
		Result result = new Result(format, round, counter.records(), counter.lines(), bytes, (end - start) / 1e9,
				(firstByte - start) / 1e9, peak, heap.usedAfterGc(), gcCount() - gcCount, gcMillis() - gcMillis,
				new String(sample, 0, (int) Math.min(bytes, sample.length), StandardCharsets.UTF_8));
		System.out.printf(Locale.ROOT, "%s round %d: %,d bytes, %,d records in %.1f s%n", format, round, bytes,
				result.records(), result.seconds());
		if (!counter.complete() || counter.records() != expected) {
			throw new IllegalStateException(format + " export is incomplete: " + counter.records() + " records, "
					+ expected + " expected");
		}
		return result;
	}

	private static void printTable(long rows, List<Result> results) {
		System.out.println();
		System.out.printf(Locale.ROOT, "Results: %,d rows, heap max %.0f MiB. MB = 10^6 bytes, MiB = 2^20 bytes.%n", rows,
				(double) Runtime.getRuntime().maxMemory() / MIB);
		String format = "%-6s %5s %12s %12s %10s %8s %8s %12s %8s %14s %14s %6s %8s%n";
		System.out.printf(Locale.ROOT, format, "format", "round", "rows", "lines", "size MB", "wall s", "TTFB s", "rows/s",
				"MB/s", "peak heap MiB", "after GC MiB", "GCs", "GC ms");
		for (Result r : results) {
			long dataRows = r.format().equals("csv") ? r.records() - 1 : r.records();
			System.out.printf(Locale.ROOT, format, r.format(), r.round(), String.format(Locale.ROOT, "%,d", dataRows),
					String.format(Locale.ROOT, "%,d", r.lines()), String.format(Locale.ROOT, "%.1f", (double) r.bytes() / MB),
					String.format(Locale.ROOT, "%.2f", r.seconds()), String.format(Locale.ROOT, "%.2f", r.firstByte()),
					String.format(Locale.ROOT, "%,.0f", dataRows / r.seconds()),
					String.format(Locale.ROOT, "%.1f", r.bytes() / r.seconds() / MB),
					String.format(Locale.ROOT, "%.1f", (double) r.peakHeap() / MIB),
					String.format(Locale.ROOT, "%.1f", (double) r.heapAfterGc() / MIB), r.gcCount(), r.gcMillis());
		}
		System.out.println();
		for (String f : List.of("csv", "json")) {
			results.stream().filter(r -> r.format().equals(f)).findFirst().ifPresent(r -> {
				System.out.println("First bytes of export." + f + ":");
				System.out.println(r.sample().lines().limit(4).collect(Collectors.joining("\n")));
				System.out.println();
			});
		}
	}

	private static long gcCount() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
			.filter(c -> c > 0).sum();
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.filter(c -> c > 0).sum();
	}

	/** Samples the heap every 50 ms on its own thread and keeps the highest value since the last reset. */
	static final class HeapSampler implements AutoCloseable {
		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		private final AtomicLong peak = new AtomicLong();
		private final Thread thread;
		private volatile boolean running = true;

		HeapSampler() {
			thread = new Thread(this::sample, "heap-sampler");
			thread.setDaemon(true);
			thread.start();
		}

		private void sample() {
			while (running) {
				peak.accumulateAndGet(used(), Math::max);
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}

		private long used() {
			return memory.getHeapMemoryUsage().getUsed();
		}

		/** Returns the peak since the previous reset (including now) and starts a new one. */
		long resetPeak() {
			long now = used();
			return Math.max(peak.getAndSet(now), now);
		}

		/** What stays reachable: the heap right after a full collection. */
		long usedAfterGc() {
			System.gc();
			return used();
		}

		@Override
		public void close() {
			running = false;
			thread.interrupt();
		}
	}

	/** Counts records and lines in a body as it streams by, and tells whether it ended cleanly. */
	interface Counter {
		void accept(byte[] bytes, int length);

		long records();

		long lines();

		boolean complete();
	}

	/** RFC 4180: a record ends at a line feed outside quotes; a doubled quote toggles twice. */
	static final class CsvCounter implements Counter {
		private boolean quoted;
		private long records;
		private long lines;
		private byte last;

		@Override
		public void accept(byte[] bytes, int length) {
			for (int i = 0; i < length; i++) {
				byte b = bytes[i];
				if (b == '"') {
					quoted = !quoted;
				}
				else if (b == '\n') {
					lines++;
					if (!quoted) {
						records++;
					}
				}
				last = b;
			}
		}

		@Override
		public long records() {
			return records;
		}

		@Override
		public long lines() {
			return lines;
		}

		@Override
		public boolean complete() {
			return !quoted && last == '\n';
		}
	}

	/** Counts the objects directly inside the top-level array; bytes of UTF-8 sequences never match ASCII. */
	static final class JsonCounter implements Counter {
		private boolean inString;
		private boolean escaped;
		private int depth;
		private long objects;
		private long lines;
		private boolean closed;

		@Override
		public void accept(byte[] bytes, int length) {
			for (int i = 0; i < length; i++) {
				byte b = bytes[i];
				if (b == '\n') {
					lines++;
				}
				if (inString) {
					if (escaped) {
						escaped = false;
					}
					else if (b == '\\') {
						escaped = true;
					}
					else if (b == '"') {
						inString = false;
					}
					continue;
				}
				switch (b) {
					case '"' -> inString = true;
					case '[', '{' -> {
						depth++;
						if (b == '{' && depth == 2) {
							objects++;
						}
					}
					case ']', '}' -> {
						depth--;
						closed = depth == 0;
					}
					default -> {
					}
				}
			}
		}

		@Override
		public long records() {
			return objects;
		}

		@Override
		public long lines() {
			return lines;
		}

		@Override
		public boolean complete() {
			return closed && !inString;
		}
	}
}
