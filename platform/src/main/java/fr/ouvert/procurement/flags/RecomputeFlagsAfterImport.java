package fr.ouvert.procurement.flags;

import java.time.Duration;

import jakarta.annotation.PreDestroy;

import fr.ouvert.kernel.cli.StartupTask;
import fr.ouvert.procurement.AfterImports;
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
 * them, once no import has committed for {@code ouvert.procurement.refresh-delay} (30 s, see {@link AfterImports}).
 * The computation takes about a minute on the national volume (docs/modules/procurement-flags.md): inside the
 * import it would hold a buyer's confirmation of ten contracts for that long, and lock the flags against the next
 * import. The mark commits with the contracts, so a computation lost to a crash is done at the next start. Until
 * it ends, readers see the new contracts with the previous flags.
 */
@Component
class RecomputeFlagsAfterImport implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(RecomputeFlagsAfterImport.class);

	private final RedFlagComputation computation;
	private final AfterImports recomputation;

	RecomputeFlagsAfterImport(RedFlagComputation computation,
			@Value("${ouvert.procurement.refresh-delay:30s}") Duration delay) {
		this.computation = computation;
		this.recomputation = new AfterImports("procurement-flags", delay, this::recomputeIfStale);
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
			recomputation.request();
		}
	}

	@Override
	public void runAtStart() {
		recomputation.runSoon();
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
		recomputation.close();
	}
}
