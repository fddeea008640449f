package fr.ouvert.procurement;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Work derived from the whole store (red flags, territorial totals) that each import makes stale, run on its own
 * background thread once no import has asked for it for {@code ouvert.procurement.refresh-delay}: a national import
 * commits a file every few seconds, and reading every contract after each one competed with the next files for the
 * database (bench/README.md, "Procurement"). A run already started is never interrupted; the next waits its turn.
 */
public final class AfterImports implements AutoCloseable {

	private final ScheduledExecutorService worker;
	private final Duration delay;
	private final Runnable task;
	private ScheduledFuture<?> pending;

	public AfterImports(String threadName, Duration delay, Runnable task) {
		this.worker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, threadName));
		this.delay = delay;
		this.task = task;
	}

	/** Asks for a run once imports have been quiet for the delay (a pending request starts its wait again). */
	public synchronized void request() {
		if (pending != null) {
			pending.cancel(false);
		}
		pending = worker.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Asks for a run now, on the background thread. */
	public void runSoon() {
		worker.execute(task);
	}

	@Override
	public void close() {
		worker.shutdownNow();
	}
}
