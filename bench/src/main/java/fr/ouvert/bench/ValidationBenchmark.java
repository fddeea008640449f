package fr.ouvert.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import fr.ouvert.tableschema.TableSchema;
import fr.ouvert.tableschema.TableValidator;
import fr.ouvert.tableschema.ValidationOptions;
import fr.ouvert.tableschema.ValidationReport;

/**
 * Validates a generated SCDL subventions CSV ({@code bench.rows} rows, one in {@code bench.badEvery} broken) with
 * fr.ouvert.tableschema, reporting rows/s, the CPU time per row of the checking thread, of the validator's
 * read-ahead thread and of the whole process (on a shared machine wall time is noisy, CPU time much less), and the
 * peak heap used (sampled every 20 ms), then with the npm package tableschema 1.12.6
 * (bench/tableschema-node/validate.js) on the first {@code bench.nodeRows} rows of the same file, and prints the
 * ratio of the two rates.
 *
 * <p>System properties: {@code bench.schema} (path of the subventions schema.json), {@code bench.file} (CSV
 * path, generated when absent), {@code bench.rows} (1,000,000), {@code bench.badEvery} (1,000),
 * {@code bench.rounds} (3 Java runs, the first one cold), {@code bench.nodeDir} (folder of validate.js, empty to
 * skip Node), {@code bench.nodeRows} (rows Node validates; 0 = the whole file).
 */
public final class ValidationBenchmark {

	private ValidationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path schemaPath = Path.of(System.getProperty("bench.schema"));
		long rows = Long.getLong("bench.rows", 1_000_000);
		int badEvery = Integer.getInteger("bench.badEvery", 1000);
		int rounds = Integer.getInteger("bench.rounds", 3);
		Path file = Path.of(System.getProperty("bench.file", "target/bench-subventions-" + rows + ".csv"));
		String nodeDir = System.getProperty("bench.nodeDir", "");
		long nodeRows = Long.getLong("bench.nodeRows", 100_000);

		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.out.printf("JDK %s (%s), max heap %d MiB, GC %s, %d cores, load average %.2f%n",
				System.getProperty("java.version"), System.getProperty("java.vm.name"),
				Runtime.getRuntime().maxMemory() >> 20,
				ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList(),
				Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		if (!Files.exists(file)) {
			long start = System.nanoTime();
			Files.createDirectories(file.toAbsolutePath().getParent());
			long bad = SubventionsCsv.write(file, rows, badEvery);
			System.out.printf("generated %s: %,d rows (%,d with an error), %.1f MB in %.1f s%n", file, rows, bad,
					Files.size(file) / 1e6, (System.nanoTime() - start) / 1e9);
		}
		TableSchema schema = TableSchema.parse(Files.readString(schemaPath));
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		double bestRate = 0;
		for (int round = 1; round <= rounds; round++) {
			System.gc();
			long heapBefore = memory.getHeapMemoryUsage().getUsed();
			AtomicLong peak = new AtomicLong();
			Thread sampler = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(20);
					} catch (InterruptedException e) {
						return;
					}
				}
			});
			sampler.setDaemon(true);
			sampler.start();
			AtomicLong readerCpu = new AtomicLong();
			Thread readerWatch = watchReaderCpu(threads, readerCpu);
			long processCpuStart = os.getProcessCpuTime();
			long mainCpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			ValidationReport report;
			try (InputStream in = Files.newInputStream(file)) {
				report = TableValidator.validate(schema, in, ValidationOptions.defaults());
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long mainCpu = threads.getCurrentThreadCpuTime() - mainCpuStart;
			long processCpu = os.getProcessCpuTime() - processCpuStart;
			sampler.interrupt();
			sampler.join();
			readerWatch.interrupt();
			readerWatch.join();
			System.gc();
			double rate = report.rows() / seconds;
			System.out.printf("java round %d CPU per row: checking thread %.0f ns, read-ahead thread %.0f ns,"
							+ " whole process %.0f ns (GC and JIT included), load average %.2f%n", round,
					(double) mainCpu / report.rows(), (double) readerCpu.get() / report.rows(),
					(double) processCpu / report.rows(), os.getSystemLoadAverage());
			bestRate = Math.max(bestRate, rate);
			System.out.printf("java round %d: %,d rows, %.2f s, %,.0f rows/s, %.1f MB/s, errors %,d (kept %d) %s,"
							+ " heap before %.1f MiB, peak %.1f MiB, after GC %.1f MiB%n",
					round, report.rows(), seconds, rate, Files.size(file) / 1e6 / seconds, report.errorCount(),
					report.errors().size(), report.errorCountsByType(), heapBefore / 1048576.0,
					peak.get() / 1048576.0, memory.getHeapMemoryUsage().getUsed() / 1048576.0);
		}
		System.out.printf("java best %,.0f rows/s%n", bestRate);
		if (nodeDir.isEmpty()) {
			return;
		}
		List<String> command = new java.util.ArrayList<>(List.of("node", "validate.js",
				schemaPath.toAbsolutePath().toString(), file.toAbsolutePath().toString()));
		if (nodeRows > 0) {
			command.add(Long.toString(nodeRows));
		}
		System.out.println("node: " + String.join(" ", command) + " (in " + nodeDir + ")");
		Process node = new ProcessBuilder(command).directory(Path.of(nodeDir).toFile()).redirectErrorStream(true)
				.start();
		String result = null;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(),
				StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				System.out.println("node: " + line);
				if (line.startsWith("{")) {
					result = line;
				}
			}
		}
		if (node.waitFor() != 0 || result == null) {
			throw new IOException("the Node benchmark failed (exit code " + node.exitValue() + ")");
		}
		double nodeRate = Double.parseDouble(result.replaceAll(".*\"rowsPerSecond\":([0-9.]+).*", "$1"));
		System.out.printf("java best %,.0f rows/s / node %,.0f rows/s = %.1f×%n", bestRate, nodeRate,
				bestRate / nodeRate);
	}

	/**
	 * Follows the CPU time of the validator's read-ahead thread (found by its name) every 2 ms into {@code cpu}:
	 * the thread ends with the file and its CPU time cannot be read once it has ended, so the last sample is kept
	 * (at most 2 ms short).
	 */
	private static Thread watchReaderCpu(ThreadMXBean threads, AtomicLong cpu) {
		Thread watch = new Thread(() -> {
			long id = -1;
			while (!Thread.currentThread().isInterrupted()) {
				if (id < 0) {
					Thread[] running = new Thread[Thread.activeCount() + 8];
					int count = Thread.enumerate(running);
					for (int i = 0; i < count; i++) {
						if (running[i].getName().equals("tableschema-read-ahead") && running[i].isAlive()) {
							id = running[i].getId();
						}
					}
				} else {
					long time = threads.getThreadCpuTime(id);
					if (time > 0) {
						cpu.set(time);
					}
				}
				try {
					Thread.sleep(id < 0 ? 1 : 2);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "bench-read-ahead-cpu");
		watch.setDaemon(true);
		watch.start();
		return watch;
	}
}
