package fr.ouvert.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import fr.ouvert.decp.DecpReader;
import fr.ouvert.decp.DecpRecord;

/**
 * {@link DecpReader} alone over {@link DecpGenerator}'s files, {@code bench.rounds} times (3; the first cold):
 * records/s of parsing, normalisation and validation, without the platform. {@link DecpImportBenchmark} runs one
 * such pass before its import, so that the reader's share of the import is known.
 *
 * <p>System properties: as {@link DecpImportBenchmark} ({@code bench.records}, {@code bench.seed},
 * {@code bench.recordsPerFile}, {@code bench.dir}), and {@code bench.rounds}.
 */
public final class DecpReaderBenchmark {

	private DecpReaderBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long records = Long.getLong("bench.records", 1_500_000);
		long seed = Long.getLong("bench.seed", 4);
		int perFile = Integer.getInteger("bench.recordsPerFile", 25_000);
		int rounds = Integer.getInteger("bench.rounds", 3);
		Path dir = Path.of(System.getProperty("bench.dir", "target/decp-" + records + "-" + seed)).toAbsolutePath();
		BenchSupport.printMachine();
		DecpGenerator.ensureFiles(dir, records, seed, perFile);
		List<Path> files = files(dir);
		for (int round = 1; round <= rounds; round++) {
			System.out.print("round " + round + ": ");
			readAll(files, ManagementFactory.getMemoryMXBean());
		}
		BenchSupport.printLoad("at end");
	}

	/** {@link DecpReader} alone over every file: records/s of parsing, normalisation and validation. */
	static void readAll(List<Path> files, MemoryMXBean memory) throws IOException, InterruptedException {
		System.gc();
		AtomicLong peak = new AtomicLong();
		Thread sampler = HeapSampler.start(memory, peak);
		long[] counts = new long[DecpRecord.Status.values().length];
		long[] gcBefore = gc();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		DecpReader reader = new DecpReader();
		for (Path file : files) {
			reader.read(file, record -> counts[record.status().ordinal()]++);
		}
		double seconds = BenchSupport.seconds(start);
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		sampler.interrupt();
		sampler.join();
		long[] gcAfter = gc();
		long total = 0;
		for (long c : counts) {
			total += c;
		}
		System.out.printf(Locale.ROOT,
				"READER ALONE: %,d records in %.1f s = %,.0f records/s; CPU of the reading thread %.1f s = %,.0f records"
						+ " per CPU-second (accepted %,d, corrected %,d, rejected %,d), peak heap %.0f MiB, GC %d"
						+ " collections %.1f s%n",
				total, seconds, total / seconds, cpuSeconds, total / cpuSeconds, counts[DecpRecord.Status.ACCEPTED.ordinal()],
				counts[DecpRecord.Status.CORRECTED.ordinal()], counts[DecpRecord.Status.REJECTED.ordinal()],
				peak.get() / 1048576.0, gcAfter[0] - gcBefore[0], (gcAfter[1] - gcBefore[1]) / 1e3);
	}

	static List<Path> files(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile)
				.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".xml")).sorted().toList();
		}
	}

	/** Collections and milliseconds of all collectors so far. */
	static long[] gc() {
		long count = 0, millis = 0;
		for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, bean.getCollectionCount());
			millis += Math.max(0, bean.getCollectionTime());
		}
		return new long[] { count, millis };
	}
}
