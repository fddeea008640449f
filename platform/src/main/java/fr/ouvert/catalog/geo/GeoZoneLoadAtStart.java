package fr.ouvert.catalog.geo;

import fr.ouvert.kernel.cli.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The zones are loaded when the platform starts: on the first start, then only when the source changed. */
@Component
@Order(20)
class GeoZoneLoadAtStart implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(GeoZoneLoadAtStart.class);

	private final GeoZoneLoader loader;

	GeoZoneLoadAtStart(GeoZoneLoader loader) {
		this.loader = loader;
	}

	@Override
	public void runAtStart() {
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
