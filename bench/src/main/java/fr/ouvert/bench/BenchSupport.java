package fr.ouvert.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.ouvert.OuvertApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the macro benchmarks share: starting the platform on its own embedded PostgreSQL, and the machine facts. */
final class BenchSupport {

	private static final long MIB = 1 << 20;

	private BenchSupport() {
	}

	/**
	 * Starts the real platform in this JVM on a random port, its embedded PostgreSQL in {@code home};
	 * refuses a configured {@code spring.datasource.url}, since the benchmarks fill tables with
	 * millions of rows and drop some.
	 */
	static ConfigurableApplicationContext startPlatform(Path home, List<String> extraArguments, Class<?>... sources) {
		long t = System.nanoTime();
		List<String> arguments = new ArrayList<>(List.of("--ouvert.home=" + home, "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		arguments.addAll(extraArguments);
		Class<?>[] all = Stream.concat(Stream.of(OuvertApplication.class), Stream.of(sources)).toArray(Class<?>[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(all).run(arguments.toArray(String[]::new));
		System.out.printf(Locale.ROOT, "Platform started in %.1f s (ouvert.home=%s)%n", seconds(t), home);
		if (context.getBeanNamesForType(EmbeddedPostgres.class).length == 0) {
			context.close();
			throw new IllegalStateException("The benchmarks only run on the platform's embedded PostgreSQL: "
					+ "unset spring.datasource.url / SPRING_DATASOURCE_URL");
		}
		return context;
	}

	static int port(ConfigurableApplicationContext context) {
		return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	static void printMachine() {
		Runtime runtime = Runtime.getRuntime();
		System.out.printf(Locale.ROOT, "Date: %s%n", LocalDateTime.now().withNano(0));
		System.out.printf(Locale.ROOT, "JVM: %s %s (%s), %d cores, max heap %.0f MiB, GC: %s%n",
				System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
				System.getProperty("java.vendor"), runtime.availableProcessors(), (double) runtime.maxMemory() / MIB,
				ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
					.collect(Collectors.joining(", ")));
		System.out.printf(Locale.ROOT, "OS: %s %s %s; JVM arguments: %s%n", System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("os.arch"),
				ManagementFactory.getRuntimeMXBean().getInputArguments());
		printLoad("at start");
	}

	/** Client, server and PostgreSQL share the cores: anything else running skews the figures. */
	static void printLoad(String when) {
		System.out.printf(Locale.ROOT, "System load average (1 min) %s: %.2f%n", when, loadAverage());
	}

	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
