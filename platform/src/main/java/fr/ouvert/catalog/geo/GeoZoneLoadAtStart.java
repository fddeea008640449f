package fr.ouvert.catalog.geo;

import fr.ouvert.kernel.cli.Cli;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The zones are loaded when the platform starts: on the first start, then only when the source changed. */
@Component
class GeoZoneLoadAtStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GeoZoneLoadAtStart.class);

	private final GeoZoneLoader loader;
	private final boolean cli;

	GeoZoneLoadAtStart(GeoZoneLoader loader, Environment environment) {
		this.loader = loader;
		this.cli = environment.getProperty(Cli.CLI_MODE_PROPERTY, Boolean.class, false);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (cli) {
			return;
		}
		GeoZoneLoader.Outcome outcome = loader.loadBundled();
		if (outcome.unchanged()) {
			log.info("Geographic zones of {} {} already loaded (checked in {} ms)", GeoZoneLoader.SOURCE,
					outcome.version(), outcome.duration().toMillis());
		}
		else {
			log.info("Geographic zones of {} {} loaded in {} ms: {}", GeoZoneLoader.SOURCE, outcome.version(),
					outcome.duration().toMillis(), outcome.counts());
		}
	}
}
