package fr.ouvert.kernel.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Progress of a long job, by stage and item, printed on one refreshed line of the terminal (or
 * one line per stage when the output is not a terminal).
 */
public final class Progress {

	private record Snapshot(String stage, long done, long total, Duration elapsed) {
		public int percent() {
			return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
		}
	}

	private static final int BAR_WIDTH = 30;

	private final PrintStream out;
	private final boolean interactive;
	private volatile String stage = "";
	private volatile long done;
	private volatile long total;
	private Instant started = Instant.now();
	private long lastPrint;

	private Progress(PrintStream out, boolean interactive) {
		this.out = out;
		this.interactive = interactive;
	}

	/** Progress printed on standard error, refreshed in place when it is a terminal. */
	public static Progress toConsole() {
		return new Progress(System.err, System.console() != null);
	}

	/** Progress that prints nothing, for jobs started from the web. */
	public static Progress silent() {
		return new Progress(null, false);
	}

	public void startStage(String name, long totalItems) {
		finishLine();
		this.stage = name;
		this.total = totalItems;
		this.done = 0;
		this.started = Instant.now();
		print(true);
	}

	public void advance(long items) {
		done += items;
		print(false);
	}

	public void completeStage() {
		done = Math.max(done, total);
		print(true);
		finishLine();
	}

	private Snapshot snapshot() {
		return new Snapshot(stage, done, total, Duration.between(started, Instant.now()));
	}

	private void print(boolean force) {
		if (out == null) {
			return;
		}
		long now = System.currentTimeMillis();
		if (!interactive) {
			if (force && done == 0) {
				out.println(stage + " : " + total + " élément(s)…");
			}
			return;
		}
		if (!force && now - lastPrint < 200) {
			return;
		}
		lastPrint = now;
		Snapshot s = snapshot();
		int filled = s.percent() * BAR_WIDTH / 100;
		out.print("\r" + stage + " [" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] "
				+ s.percent() + " % " + s.done() + "/" + s.total() + " " + s.elapsed().toSeconds() + " s");
		out.flush();
	}

	private void finishLine() {
		if (out == null || stage.isEmpty()) {
			return;
		}
		if (interactive) {
			out.println();
		}
		else if (done > 0) {
			out.println(stage + " : " + done + "/" + total + " en " + snapshot().elapsed().toMillis() + " ms");
		}
	}
}
