package fr.ouvert.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM (server, client and generator together) and by the embedded
 * PostgreSQL: the postmaster, its live children (connections, parallel workers) and the children
 * it has already reaped, from {@code /proc/<pid>/stat} (Linux only; clock ticks of 10 ms, the
 * kernel's usual {@code CLK_TCK} of 100).
 */
record CpuTime(long jvmMillis, long postgresMillis) {

	private static final long MILLIS_PER_TICK = 10;

	static CpuTime now(Path pgDataDirectory) throws IOException {
		long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1_000_000;
		long postmaster = Long.parseLong(Files.readAllLines(pgDataDirectory.resolve("postmaster.pid")).get(0).strip());
		long ticks = 0;
		long[] own = stat(postmaster);
		if (own != null) {
			// utime, stime, cutime, cstime: the reaped children (closed connections, parallel workers) included.
			ticks += own[1] + own[2] + own[3] + own[4];
		}
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
				long[] child = stat(Long.parseLong(process.getFileName().toString()));
				if (child != null && child[0] == postmaster) {
					ticks += child[1] + child[2];
				}
			}
		}
		return new CpuTime(jvm, ticks * MILLIS_PER_TICK);
	}

	/** ppid, utime, stime, cutime, cstime of a process, or null if it has gone. */
	private static long[] stat(long pid) {
		try {
			String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// The command name (field 2) may hold spaces: the fields after it follow the last ')'.
			String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
			return new long[] { Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
					Long.parseLong(fields[13]), Long.parseLong(fields[14]) };
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	CpuTime minus(CpuTime before) {
		return new CpuTime(jvmMillis - before.jvmMillis, postgresMillis - before.postgresMillis);
	}
}
