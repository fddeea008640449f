package fr.ouvert.plan.load;

import fr.ouvert.kernel.cli.Progress;
import fr.ouvert.kernel.cli.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The plan is loaded when the platform starts (a no-op when the file did not change). */
@Component
@Order(10)
class PlanLoadAtStart implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(PlanLoadAtStart.class);

	private final PlanLoader loader;

	PlanLoadAtStart(PlanLoader loader) {
		this.loader = loader;
	}

	@Override
	public void runAtStart() {
		PlanLoader.Outcome outcome = loader.loadBundledPlan(Progress.silent());
		if (outcome.unchanged()) {
			log.info("Plan file unchanged since its last load");
		}
		else {
			log.info("Plan loaded: {} record(s) created, {} updated", outcome.created(), outcome.updated());
		}
	}
}
