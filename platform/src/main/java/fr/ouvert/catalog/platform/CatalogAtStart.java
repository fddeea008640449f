package fr.ouvert.catalog.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import fr.ouvert.catalog.schema.SchemaRegistry;
import fr.ouvert.kernel.cli.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, after the modules have loaded their own data: the bundled schemas enter the registry,
 * the platform's open datasets enter the catalog (both no-ops when nothing changed), and on a first
 * start the demo data is imported.
 */
@Component
@Order(100)
class CatalogAtStart implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(CatalogAtStart.class);

	private final SchemaRegistry schemas;
	private final PlatformDatasets platformDatasets;
	private final DemoData demoData;

	CatalogAtStart(SchemaRegistry schemas, PlatformDatasets platformDatasets, DemoData demoData) {
		this.schemas = schemas;
		this.platformDatasets = platformDatasets;
		this.demoData = demoData;
	}

	@Override
	public void runAtStart() {
		try {
			log.info("Schema registry: {} bundled schema(s) new or changed", schemas.loadBundled());
			log.info("Catalog: {} platform dataset(s) created or changed", platformDatasets.synchronise());
			demoData.importIfEmpty();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Catalog data could not be read", e);
		}
	}
}
