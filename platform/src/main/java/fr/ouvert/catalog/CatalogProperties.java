package fr.ouvert.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ouvert.catalog.*}.
 *
 * @param allowPrivateAddresses let the link checker and the harvester reach URLs that resolve to
 *            loopback, link-local or private addresses; off by default so that nobody can make the
 *            platform probe its own network
 * @param demoData import the catalog's samples of {@code demo-data/catalog} on a first start with an
 *            empty catalog
 */
@ConfigurationProperties("ouvert.catalog")
public record CatalogProperties(@DefaultValue("false") boolean allowPrivateAddresses, @DefaultValue LinkCheck linkCheck,
		@DefaultValue Harvest harvest, @DefaultValue DemoData demoData) {

	/**
	 * The periodic check of remote resources, whose result feeds the quality score.
	 *
	 * @param interval time between two batches
	 * @param batchSize resources checked per batch, the longest unchecked first
	 * @param recheckAfter how old a check must be before the resource is checked again
	 * @param timeout connection and answer timeout of one check
	 */
	public record LinkCheck(@DefaultValue("true") boolean enabled, @DefaultValue("10m") Duration interval,
			@DefaultValue("50") int batchSize, @DefaultValue("1d") Duration recheckAfter,
			@DefaultValue("10s") Duration timeout) {
	}

	/**
	 * @param maxPages pages read from a source in one run, at most
	 * @param timeout answer timeout of one page
	 */
	public record Harvest(@DefaultValue("1000") int maxPages, @DefaultValue("60s") Duration timeout) {
	}

	/**
	 * @param folder a folder holding a {@code catalog/} folder of samples to use instead of the
	 *            demo data bundled in the application (the repository's {@code demo-data/})
	 */
	public record DemoData(@DefaultValue("true") boolean enabled, String folder) {
	}
}
