package fr.ouvert.catalog.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import fr.ouvert.catalog.schema.SchemaRegistry;
import fr.ouvert.kernel.cli.Cli;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At start, after the modules have loaded their own data: the bundled schemas enter the registry,
 * the platform's open datasets enter the catalog (both no-ops when nothing changed), and on a first
 * start the demo data is imported.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class CatalogAtStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogAtStart.class);

	private final SchemaRegistry schemas;
	private final PlatformDatasets platformDatasets;
	private final DemoData demoData;
	private final boolean cli;

	CatalogAtStart(SchemaRegistry schemas, PlatformDatasets platformDatasets, DemoData demoData, Environment environment) {
		this.schemas = schemas;
		this.platformDatasets = platformDatasets;
		this.demoData = demoData;
		this.cli = environment.getProperty(Cli.CLI_MODE_PROPERTY, Boolean.class, false);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (cli) {
			return;
		}
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
