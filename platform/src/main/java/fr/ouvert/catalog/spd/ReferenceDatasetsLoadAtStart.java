package fr.ouvert.catalog.spd;

import fr.ouvert.kernel.cli.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The reference datasets are loaded when the platform starts (unchanged entries are left alone). */
@Component
@Order(30)
class ReferenceDatasetsLoadAtStart implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDatasetsLoadAtStart.class);

	private final ReferenceDatasetsLoader loader;

	ReferenceDatasetsLoadAtStart(ReferenceDatasetsLoader loader) {
		this.loader = loader;
	}

	@Override
	public void runAtStart() {
		ReferenceDatasetsLoader.Outcome outcome = loader.loadBundled();
		log.info("SPD reference datasets: {} created, {} updated, {} removed", outcome.created(), outcome.updated(),
				outcome.removed());
	}
}
