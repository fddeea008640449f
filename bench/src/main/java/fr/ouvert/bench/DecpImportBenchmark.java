package fr.ouvert.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import fr.ouvert.decp.DecpReader;
import fr.ouvert.procurement.importing.DecpImports;
import fr.ouvert.procurement.importing.ImportResult;
import fr.ouvert.procurement.importing.SearchIndexes;
import fr.ouvert.procurement.importing.SourceSpec;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The national DECP volume through the platform's import: {@link DecpGenerator}'s files (generated once, then
 * reused), first read alone with {@link DecpReader} (parsing, normalisation, validation: how fast the reader is),
 * then imported with the {@link DecpImports} bean of the real platform started in this JVM on its embedded
 * PostgreSQL (reading, validation, dedupe across sources, COPY into the store, reports: what the {@code
 * procurement-import} command does, file by file, each file one transaction, with the search indexes suspended
 * for a load larger than the store and built again after the last file, in the time measured). Reports records/s, seconds, peak heap
 * (sampled every 20 ms) and GC time of each stage, the rows stored and the duplicates found against the ones
 * generated.
 *
 * <p>System properties: {@code bench.records} (1,500,000), {@code bench.seed} (4), {@code bench.recordsPerFile}
 * (25,000), {@code bench.dir} (where the files go, default {@code target/decp-<records>-<seed>}),
 * {@code bench.readerPass} (true), {@code bench.sources} (only these source folders, comma-separated: a
 * diagnostic, e.g. {@code aife-dume} alone has no cross-source copy to merge), {@code bench.withoutIndexes} (indexes
 * to drop before the load: a diagnostic). Arguments go to Spring Boot (e.g. {@code
 * --logging.level.fr.ouvert.procurement.importing.SearchIndexes=INFO} for each index's build time). The goal of
 * the issue: 1,500,000 records in
 * under 60 s with a heap under 1 GiB ({@code -Xmx1g}).
 */
public final class DecpImportBenchmark {

	private DecpImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long records = Long.getLong("bench.records", 1_500_000);
		long seed = Long.getLong("bench.seed", 4);
		int perFile = Integer.getInteger("bench.recordsPerFile", 25_000);
		Path dir = Path.of(System.getProperty("bench.dir", "target/decp-" + records + "-" + seed)).toAbsolutePath();
		BenchSupport.printMachine();
		Properties generated = DecpGenerator.ensureFiles(dir, records, seed, perFile);
		String only = System.getProperty("bench.sources", "");
		List<Path> files = DecpReaderBenchmark.files(dir).stream()
			.filter(f -> only.isEmpty() || List.of(only.split(",")).contains(dir.relativize(f).getName(0).toString()))
			.toList();
		System.out.printf(Locale.ROOT, "%d files, %.1f MB%n", files.size(),
				Long.parseLong(generated.getProperty("bytes")) / 1e6);
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		if (Boolean.parseBoolean(System.getProperty("bench.readerPass", "true"))) {
			DecpReaderBenchmark.readAll(files, memory);
		}

		Path home = Files.createTempDirectory("ouvert-bench-decp-");
		ConfigurableApplicationContext context = null;
		try {
			List<String> arguments = new ArrayList<>(List.of("--ouvert.procurement.demo-data.enabled=false"));
			arguments.addAll(List.of(args));
			context = BenchSupport.startPlatform(home, arguments);
			DecpImports imports = context.getBean(DecpImports.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			System.out.println("PostgreSQL " + jdbc.sql("show server_version").query(String.class).single());
			if (Boolean.getBoolean("bench.withoutForeignKeys")) {
				dropForeignKeys(jdbc);
			}
			String withoutIndexes = System.getProperty("bench.withoutIndexes", "");
			if (!withoutIndexes.isEmpty()) {
				dropIndexes(jdbc, List.of(withoutIndexes.split(",")));
			}
			System.gc();
			double heapBefore = memory.getHeapMemoryUsage().getUsed() / 1048576.0;
			AtomicLong peak = new AtomicLong();
			Thread sampler = HeapSampler.start(memory, peak);
			long[] gcBefore = DecpReaderBenchmark.gc();
			Path pgData = home.resolve("pg");
			CpuTime cpuBefore = CpuTime.now(pgData);
			long read = 0, accepted = 0, corrected = 0, rejected = 0, duplicates = 0, created = 0, updated = 0;
			long start = System.nanoTime();
			long bytes = 0;
			for (Path file : files) {
				bytes += Files.size(file);
			}
			// What procurement-import does with a set of files: the search indexes suspended for a load larger
			// than the store, built again after the last file (included in the time and CPU measured).
			SearchIndexes.Deferral deferral = context.getBean(SearchIndexes.class).deferFor(bytes);
			for (Path file : files) {
				String folder = dir.relativize(file).getName(0).toString();
				long t = System.nanoTime();
				ImportResult r = imports.importFile(file, new SourceSpec(folder, folder, priority(folder)));
				read += r.records();
				accepted += r.accepted();
				corrected += r.corrected();
				rejected += r.rejected();
				duplicates += r.duplicates();
				created += r.created();
				updated += r.updated();
				System.out.printf(Locale.ROOT, "  %s: %,d records in %.2f s, %,d created, %,d updated, %,d duplicates,"
						+ " %,d rejected%n", dir.relativize(file), r.records(), BenchSupport.seconds(t), r.created(),
						r.updated(), r.duplicates(), r.rejected());
			}
			long rebuild = System.nanoTime();
			deferral.close();
			if (deferral.suspended()) {
				System.out.printf(Locale.ROOT, "  search indexes suspended during the load, built again in %.2f s%n",
						BenchSupport.seconds(rebuild));
			}
			double seconds = BenchSupport.seconds(start);
			CpuTime cpu = CpuTime.now(pgData).minus(cpuBefore);
			sampler.interrupt();
			sampler.join();
			long[] gcAfter = DecpReaderBenchmark.gc();
			System.gc();
			System.out.printf(Locale.ROOT,
					"IMPORT: %,d records in %.1f s = %,.0f records/s (goal: %,d in < 60 s); accepted %,d, corrected %,d,"
							+ " rejected %,d; contracts created %,d, updated by a copy %,d, duplicates %,d%n",
					read, seconds, read / seconds, records, accepted, corrected, rejected, created, updated,
					duplicates);
			// On a shared machine the wall time includes waiting for a core; CPU time says what the import costs.
			System.out.printf(Locale.ROOT, "CPU: JVM %.1f s, PostgreSQL %.1f s (the import is one thread and"
					+ " PostgreSQL's backend: at best max(JVM, PostgreSQL) = %.1f s on two idle cores)%n",
					cpu.jvmMillis() / 1e3, cpu.postgresMillis() / 1e3,
					Math.max(cpu.jvmMillis(), cpu.postgresMillis()) / 1e3);
			System.out.printf(Locale.ROOT,
					"Duplicates generated: %s copies published by another source + %s exact duplicates within a source"
							+ " = %,d; found (updated + duplicates): %,d%n",
					generated.getProperty("crossSourceCopies"), generated.getProperty("exactDuplicates"),
					Long.parseLong(generated.getProperty("crossSourceCopies"))
							+ Long.parseLong(generated.getProperty("exactDuplicates")),
					updated + duplicates);
			System.out.printf(Locale.ROOT,
					"Heap: %.0f MiB after GC before, peak %.0f MiB, %.0f MiB after GC after (max %d MiB); GC %d"
							+ " collections, %.1f s%n",
					heapBefore, peak.get() / 1048576.0, memory.getHeapMemoryUsage().getUsed() / 1048576.0,
					Runtime.getRuntime().maxMemory() >> 20, gcAfter[0] - gcBefore[0], (gcAfter[1] - gcBefore[1]) / 1e3);
			for (String table : List.of("procurement_contract", "procurement_titulaire", "procurement_contract_version",
					"procurement_rejection", "procurement_import")) {
				long rows = jdbc.sql("select count(*) from " + table).query(Long.class).single();
				System.out.printf(Locale.ROOT, "  %s: %,d rows%n", table, rows);
			}
			System.out.printf(Locale.ROOT, "Database size: %.0f MB%n",
					jdbc.sql("select pg_database_size(current_database())").query(Long.class).single() / 1e6);
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
	 * A diagnostic ({@code -Dbench.withoutForeignKeys=true}): drops the store's foreign keys, whose checks run once
	 * per copied row, to measure their share of PostgreSQL's time. Never part of a reported import figure.
	 */
	private static void dropForeignKeys(JdbcClient jdbc) {
		List<String> statements = jdbc.sql("""
				select format('alter table %s drop constraint %I', conrelid::regclass, conname) from pg_constraint
				where contype = 'f' and conrelid::regclass::text in
				    ('procurement_contract', 'procurement_titulaire', 'procurement_contract_version')""")
			.query(String.class).list();
		statements.forEach(sql -> jdbc.sql(sql).update());
		System.out.println("DIAGNOSTIC: foreign keys dropped: " + statements);
	}

	/**
	 * A diagnostic ({@code -Dbench.withoutIndexes=name,name}): drops these indexes of the store, to measure what
	 * maintaining each costs PostgreSQL during the load. Never part of a reported import figure.
	 */
	private static void dropIndexes(JdbcClient jdbc, List<String> names) {
		names.forEach(name -> jdbc.sql("drop index " + name).update());
		System.out.println("DIAGNOSTIC: indexes dropped: " + names);
	}

	/** Sources rank in the order of {@link DecpGenerator#SOURCES} (the largest first): the lower wins a duplicate. */
	private static int priority(String folder) {
		for (int i = 0; i < DecpGenerator.SOURCES.size(); i++) {
			if (DecpGenerator.SOURCES.get(i).folder().equals(folder)) {
				return SourceSpec.DEFAULT_PRIORITY + i;
			}
		}
		return SourceSpec.DEFAULT_PRIORITY;
	}
}
