package fr.ouvert.plan.load;

import fr.ouvert.kernel.cli.Cli;
import fr.ouvert.kernel.cli.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The plan is loaded when the platform starts (a no-op when the file did not change). */
@Component
class PlanLoadAtStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlanLoadAtStart.class);

	private final PlanLoader loader;
	private final boolean cli;

	PlanLoadAtStart(PlanLoader loader, Environment environment) {
		this.loader = loader;
		this.cli = environment.getProperty(Cli.CLI_MODE_PROPERTY, Boolean.class, false);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (cli) {
			return;
		}
		PlanLoader.Outcome outcome = loader.loadBundledPlan(Progress.silent());
		if (outcome.unchanged()) {
			log.info("Plan file unchanged since its last load");
		}
		else {
			log.info("Plan loaded: {} record(s) created, {} updated", outcome.created(), outcome.updated());
		}
	}
}
