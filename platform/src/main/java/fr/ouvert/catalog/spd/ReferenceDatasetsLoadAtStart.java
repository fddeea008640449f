package fr.ouvert.catalog.spd;

import fr.ouvert.kernel.cli.Cli;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The reference datasets are loaded when the platform starts (unchanged entries are left alone). */
@Component
class ReferenceDatasetsLoadAtStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDatasetsLoadAtStart.class);

	private final ReferenceDatasetsLoader loader;
	private final boolean cli;

	ReferenceDatasetsLoadAtStart(ReferenceDatasetsLoader loader, Environment environment) {
		this.loader = loader;
		this.cli = environment.getProperty(Cli.CLI_MODE_PROPERTY, Boolean.class, false);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (cli) {
			return;
		}
		ReferenceDatasetsLoader.Outcome outcome = loader.loadBundled();
		log.info("SPD reference datasets: {} created, {} updated, {} removed", outcome.created(), outcome.updated(),
				outcome.removed());
	}
}
