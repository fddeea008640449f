package fr.ouvert.procurement.flags;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import fr.ouvert.kernel.cli.StartupTask;
import fr.ouvert.procurement.ContractsImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Brings the red flags up to date after an import, in two steps. Inside the import's transaction the flags are
 * marked stale ({@code procurement_flag_computation.requested}); after its commit one background thread recomputes
 * them, once no import has committed for {@code ouvert.procurement.flags.recompute-delay} (30 s): a national import
 * of many files commits one file every few seconds, and a computation after each would compete with the next
 * files for the database. The computation takes about a minute on the national volume
 * (docs/modules/procurement-flags.md): inside the import it would hold a buyer's confirmation of ten contracts for
 * that long, and lock the flags against the next import. The mark commits with the contracts, so a computation
 * lost to a crash is done at the next start. Until it ends, readers see the new contracts with the previous flags.
 */
@Component
class RecomputeFlagsAfterImport implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(RecomputeFlagsAfterImport.class);

	private final RedFlagComputation computation;
	private final Duration delay;
	private final ScheduledExecutorService worker = Executors
		.newSingleThreadScheduledExecutor(r -> new Thread(r, "procurement-flags"));
	private ScheduledFuture<?> pending;

	RecomputeFlagsAfterImport(RedFlagComputation computation,
			@Value("${ouvert.procurement.flags.recompute-delay:30s}") Duration delay) {
		this.computation = computation;
		this.delay = delay;
	}

	@EventListener
	void markStale(ContractsImported event) {
		if (event.contractsWritten() > 0) {
			computation.requestRecomputation();
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void recomputeAfterCommit(ContractsImported event) {
		if (event.contractsWritten() > 0) {
			scheduleAfterQuietDelay();
		}
	}

	/** (Re)starts the wait: a computation already running is not interrupted, the next one waits its turn. */
	private synchronized void scheduleAfterQuietDelay() {
		if (pending != null) {
			pending.cancel(false);
		}
		pending = worker.schedule(this::recomputeIfStale, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void runAtStart() {
		worker.execute(this::recomputeIfStale);
	}

	private void recomputeIfStale() {
		try {
			computation.recomputeIfStale()
				.ifPresent(summary -> log.info("Red flags recomputed: {} raised in {} ms", summary.total(),
						summary.duration().toMillis()));
		}
		catch (RuntimeException e) {
			log.error("Red flags not recomputed; they stay stale until the next import, start or procurement-flags", e);
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
