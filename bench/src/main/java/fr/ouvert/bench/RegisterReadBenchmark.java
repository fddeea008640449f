package fr.ouvert.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import fr.ouvert.hatvp.register.RegisterJsonReader;
import fr.ouvert.hatvp.register.RegisterReadReport;

/**
 * {@link RegisterJsonReader} alone over {@link RegisterGenerator}'s file (HATVP's size, about 138 MB),
 * {@code bench.rounds} times (3; the first cold): publications/s and MB/s of parsing into the model, peak heap and
 * GC, without the platform. {@link RegisterImportBenchmark} runs one such pass before its import, so that the
 * reader's share of the import is known.
 *
 * <p>System properties: {@code bench.bytes} (138,000,000: the file is generated until it reaches that size),
 * {@code bench.seed} (1), {@code bench.file} (default {@code target/register-<bytes>-<seed>.json}),
 * {@code bench.rounds}.
 */
public final class RegisterReadBenchmark {

	private RegisterReadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path file = file();
		BenchSupport.printMachine();
		Properties generated = generate(file);
		int rounds = Integer.getInteger("bench.rounds", 3);
		for (int round = 1; round <= rounds; round++) {
			System.out.print("round " + round + ": ");
			readOnce(file, Long.parseLong(generated.getProperty("bytes")), ManagementFactory.getMemoryMXBean());
		}
		BenchSupport.printLoad("at end");
	}

	static Path file() {
		long bytes = Long.getLong("bench.bytes", 138_000_000L);
		long seed = Long.getLong("bench.seed", 1);
		return Path.of(System.getProperty("bench.file", "target/register-" + bytes + "-" + seed + ".json"))
			.toAbsolutePath();
	}

	static Properties generate(Path file) throws IOException {
		return RegisterGenerator.ensureFile(file, Long.getLong("bench.bytes", 138_000_000L),
				Long.getLong("bench.seed", 1));
	}

	/** One pass of the reader over the file, every publication handed to a consumer that only counts it. */
	static void readOnce(Path file, long bytes, MemoryMXBean memory) throws Exception {
		System.gc();
		AtomicLong peak = new AtomicLong();
		Thread sampler = HeapSampler.start(memory, peak);
		long[] gcBefore = DecpReaderBenchmark.gc();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		long[] exercices = new long[1];
		RegisterReadReport report = new RegisterJsonReader().read(file, p -> exercices[0] += p.exercices().size());
		double seconds = BenchSupport.seconds(start);
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		sampler.interrupt();
		sampler.join();
		long[] gcAfter = DecpReaderBenchmark.gc();
		System.out.printf(Locale.ROOT,
				"READ: %,d publications, %,d financial years, %,d activities, %,d actions, %.1f MB in %.2f s"
						+ " (CPU %.2f s) = %,.0f publications/s, %.0f MB/s; peak heap %.0f MiB; GC %d collections,"
						+ " %.2f s%n",
				report.publications(), report.exercices(), report.activites(), report.actions(), bytes / 1e6, seconds,
				cpu, report.publications() / seconds, bytes / 1e6 / seconds, peak.get() / 1048576.0,
				gcAfter[0] - gcBefore[0], (gcAfter[1] - gcBefore[1]) / 1e3);
		if (exercices[0] != report.exercices()) {
			throw new IllegalStateException("the report counts " + report.exercices() + " financial years, the"
					+ " publications delivered " + exercices[0]);
		}
	}
}
