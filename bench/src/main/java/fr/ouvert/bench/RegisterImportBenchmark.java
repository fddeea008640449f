package fr.ouvert.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import fr.ouvert.integrity.register.importing.ImportResult;
import fr.ouvert.integrity.register.importing.RegisterImports;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register of HATVP's size through the platform's import: {@link RegisterGenerator}'s file (generated once,
 * then reused), first read alone with the library's reader ({@link RegisterReadBenchmark}: how fast the reader is),
 * then imported with the {@link RegisterImports} bean of the real platform started in this JVM on its embedded
 * PostgreSQL — what the {@code integrity-import-register} command does, in one transaction — and imported a second
 * time (nothing changed: what a daily refresh of an unchanged register costs). Reports seconds, publications/s,
 * peak heap (sampled every 20 ms), GC, the CPU time of the JVM and of PostgreSQL, and the rows stored.
 *
 * <p>System properties: as {@link RegisterReadBenchmark} ({@code bench.bytes}, {@code bench.seed},
 * {@code bench.file}), {@code bench.readerPass} (true), {@code bench.secondImport} (true), and the diagnostic
 * {@code bench.drop} (none). Arguments go to Spring
 * Boot. The goal of the issue: HATVP's size (about 138 MB) in under 20 s with a heap under 512 MiB
 * ({@code -Xmx512m}).
 */
public final class RegisterImportBenchmark {

	private RegisterImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path file = RegisterReadBenchmark.file();
		BenchSupport.printMachine();
		Properties generated = RegisterReadBenchmark.generate(file);
		long bytes = Long.parseLong(generated.getProperty("bytes"));
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		if (Boolean.parseBoolean(System.getProperty("bench.readerPass", "true"))) {
			RegisterReadBenchmark.readOnce(file, bytes, memory);
		}

		Path home = Files.createTempDirectory("ouvert-bench-register-");
		ConfigurableApplicationContext context = null;
		try {
			List<String> arguments = new ArrayList<>(List.of("--ouvert.procurement.demo-data.enabled=false",
					"--ouvert.integrity.demo-data.enabled=false"));
			arguments.addAll(List.of(args));
			context = BenchSupport.startPlatform(home, arguments);
			RegisterImports imports = context.getBean(RegisterImports.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			System.out.println("PostgreSQL " + jdbc.sql("show server_version").query(String.class).single());
			Path pgData = home.resolve("pg");
			String drop = System.getProperty("bench.drop", "");
			if (!drop.isEmpty()) {
				drop(jdbc, List.of(drop.split(",")));
			}

			ImportResult first = timedImport("IMPORT", imports, file, bytes, memory, pgData);
			System.out.println("  " + first.summary());
			for (String table : List.of("integrity_representative", "integrity_representative_version",
					"integrity_exercise", "integrity_activity", "integrity_action")) {
				long rows = jdbc.sql("select count(*) from " + table).query(Long.class).single();
				System.out.printf(Locale.ROOT, "  %s: %,d rows%n", table, rows);
			}
			System.out.printf(Locale.ROOT, "Database size: %.0f MB%n",
					jdbc.sql("select pg_database_size(current_database())").query(Long.class).single() / 1e6);
			if (Boolean.parseBoolean(System.getProperty("bench.secondImport", "true"))) {
				ImportResult second = timedImport("SAME FILE AGAIN", imports, file, bytes, memory, pgData);
				System.out.println("  " + second.summary());
			}
			BenchSupport.printLoad("at end");
		}
		finally {
			if (context != null) {
				context.close();
			}
			BenchSupport.deleteRecursively(home);
		}
		// The catalogue's link checker keeps a non-daemon scheduler thread alive after the context is closed.
		System.exit(0);
	}

	/**
	 * A diagnostic ({@code -Dbench.drop=gin}, {@code fk} or {@code gin,fk}): drops the register's GIN indexes, or the
	 * foreign keys of its versions, reports, activities and actions — maintained or checked once per inserted row —
	 * to measure their share of PostgreSQL's time. Never part of a reported import figure.
	 */
	private static void drop(JdbcClient jdbc, List<String> what) {
		List<String> statements = new ArrayList<>();
		if (what.contains("gin")) {
			statements.addAll(jdbc.sql("""
					select format('drop index %I', indexname) from pg_indexes
					where tablename like 'integrity\\_%' and indexdef like '%USING gin%'""").query(String.class).list());
		}
		if (what.contains("fk")) {
			statements.addAll(jdbc.sql("""
					select format('alter table %s drop constraint %I', conrelid::regclass, conname) from pg_constraint
					where contype = 'f' and conrelid::regclass::text in
					    ('integrity_representative_version', 'integrity_exercise', 'integrity_activity', 'integrity_action')""")
				.query(String.class).list());
		}
		statements.forEach(sql -> jdbc.sql(sql).update());
		System.out.println("DIAGNOSTIC: " + statements);
	}

	private static ImportResult timedImport(String label, RegisterImports imports, Path file, long bytes,
			MemoryMXBean memory, Path pgData) throws Exception {
		System.gc();
		double heapBefore = memory.getHeapMemoryUsage().getUsed() / 1048576.0;
		AtomicLong peak = new AtomicLong();
		Thread sampler = HeapSampler.start(memory, peak);
		long[] gcBefore = DecpReaderBenchmark.gc();
		CpuTime cpuBefore = CpuTime.now(pgData);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long threadCpuBefore = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		ImportResult result = imports.importJson(file);
		double seconds = BenchSupport.seconds(start);
		double threadCpu = (threads.getCurrentThreadCpuTime() - threadCpuBefore) / 1e9;
		CpuTime cpu = CpuTime.now(pgData).minus(cpuBefore);
		sampler.interrupt();
		sampler.join();
		long[] gcAfter = DecpReaderBenchmark.gc();
		System.gc();
		System.out.printf(Locale.ROOT, "%s: %,d publications (%,d financial years, %,d activities, %,d actions, %.1f MB)"
				+ " in %.1f s = %,.0f publications/s (goal: < 20 s)%n", label, result.read().publications(),
				result.read().exercices(), result.read().activites(), result.read().actions(), bytes / 1e6, seconds,
				result.read().publications() / seconds);
		// The import is one thread waiting for PostgreSQL at each batch: on idle cores it takes about the sum of the
		// import thread's CPU and PostgreSQL's; the rest of the JVM's is the JIT compiler and the GC, in parallel.
		System.out.printf(Locale.ROOT, "  CPU: JVM %.1f s (the import thread %.1f s), PostgreSQL %.1f s%n",
				cpu.jvmMillis() / 1e3, threadCpu, cpu.postgresMillis() / 1e3);
		System.out.printf(Locale.ROOT, "  Heap: %.0f MiB after GC before, peak %.0f MiB, %.0f MiB after GC after (max %d"
				+ " MiB); GC %d collections, %.1f s%n", heapBefore, peak.get() / 1048576.0,
				memory.getHeapMemoryUsage().getUsed() / 1048576.0, Runtime.getRuntime().maxMemory() >> 20,
				gcAfter[0] - gcBefore[0], (gcAfter[1] - gcBefore[1]) / 1e3);
		return result;
	}
}
