package fr.ouvert.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import fr.ouvert.decp.Contract;
import fr.ouvert.decp.ocds.OcdsOptions;
import fr.ouvert.decp.ocds.OcdsReleasePackageWriter;

/**
 * Releases per second of {@link OcdsReleasePackageWriter} over generated contracts ({@link DecpGenerator}, the
 * contracts as a reader would give them), the package written into a stream that counts and discards the bytes.
 * The contracts are generated once and kept in memory, so that only the writer is timed; each round writes them
 * all as one release package (one release per version: the initial data and each modification).
 *
 * <p>System properties: {@code bench.contracts} (200,000), {@code bench.rounds} (5, the first cold),
 * {@code bench.seed} (4).
 */
public final class OcdsExportBenchmark {

	private OcdsExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = Integer.getInteger("bench.contracts", 200_000);
		int rounds = Integer.getInteger("bench.rounds", 5);
		long seed = Long.getLong("bench.seed", 4);
		BenchSupport.printMachine();
		long t = System.nanoTime();
		DecpGenerator generator = new DecpGenerator(DecpProfile.load(), seed, count);
		List<Contract> contracts = new ArrayList<>(count);
		long releasesPerRound = 0;
		for (int i = 0; i < count; i++) {
			Contract c = generator.contract(i).contract();
			contracts.add(c);
			releasesPerRound += 1 + c.modifications().size();
		}
		System.out.printf(Locale.ROOT, "%,d contracts generated in %.1f s, %,d releases per package%n", count,
				BenchSupport.seconds(t), releasesPerRound);
		// The prefix of the official DECP converter (decp2ocds.jq).
		OcdsOptions options = OcdsOptions.defaults("ocds-78apv2");
		Instant published = Instant.parse("2026-11-27T00:00:00Z");
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		double[] rates = new double[rounds];
		for (int round = 1; round <= rounds; round++) {
			CountingSink sink = new CountingSink();
			AtomicLong peak = new AtomicLong();
			Thread sampler = HeapSampler.start(memory, peak);
			long start = System.nanoTime();
			try (OcdsReleasePackageWriter writer = new OcdsReleasePackageWriter(sink, options, published)) {
				for (Contract c : contracts) {
					writer.write(c);
				}
			}
			double seconds = BenchSupport.seconds(start);
			sampler.interrupt();
			sampler.join();
			rates[round - 1] = releasesPerRound / seconds;
			System.out.printf(Locale.ROOT,
					"round %d: %,d releases in %.2f s = %,.0f releases/s, %.1f MB (%.1f MB/s, %.0f bytes/release),"
							+ " peak heap %.0f MiB%n",
					round, releasesPerRound, seconds, rates[round - 1], sink.bytes / 1e6, sink.bytes / 1e6 / seconds,
					(double) sink.bytes / releasesPerRound, peak.get() / 1048576.0);
		}
		double[] sorted = rates.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "OCDS release package: best %,.0f releases/s, median %,.0f (goal 50,000)%n",
				sorted[sorted.length - 1], sorted[sorted.length / 2]);
		BenchSupport.printLoad("at end");
	}

	/** Counts the bytes and discards them. */
	private static final class CountingSink extends OutputStream {
		long bytes;

		@Override
		public void write(int b) {
			bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			bytes += len;
		}
	}
}
