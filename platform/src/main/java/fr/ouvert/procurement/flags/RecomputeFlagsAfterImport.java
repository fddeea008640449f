package fr.ouvert.procurement.flags;

import fr.ouvert.procurement.ContractsImported;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the red flags up to date when contracts enter the store, in the importing transaction: the new contracts
 * and their flags become visible together, and an import whose flags cannot be computed is not committed half
 * done. (The platform has no persistent event registry, so a listener after commit would lose the recomputation
 * if the server stopped in between; the price is an import transaction longer by the computation's time, measured
 * in docs/modules/procurement-flags.md.)
 */
@Component
class RecomputeFlagsAfterImport {

	private final RedFlagComputation computation;

	RecomputeFlagsAfterImport(RedFlagComputation computation) {
		this.computation = computation;
	}

	@EventListener
	void on(ContractsImported event) {
		if (event.contractsWritten() > 0) {
			computation.recompute();
		}
	}
}
