package fr.ouvert.procurement.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;

import fr.ouvert.kernel.cli.StartupTask;
import fr.ouvert.procurement.store.ContractStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On a start with an empty contract store, imports the DECP samples bundled from {@code demo-data/procurement}
 * (sources and licences in its README), each file as a source named by its prefix. Off with
 * {@code ouvert.procurement.demo-data.enabled=false}.
 */
@Component
@Order(200)
class DemoDataAtStart implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemoDataAtStart.class);
	static final String LOCATION = "classpath*:demo-data/procurement/*";

	private final ImportProperties properties;
	private final ContractStore store;
	private final DecpImports imports;

	DemoDataAtStart(ImportProperties properties, ContractStore store, DecpImports imports) {
		this.properties = properties;
		this.store = store;
		this.imports = imports;
	}

	@Override
	public void runAtStart() {
		if (!properties.demoData().enabled() || store.count() > 0) {
			return;
		}
		try {
			importAll();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The procurement demo data could not be read", e);
		}
	}

	/** Imports every bundled sample (again: files already imported are skipped). */
	void importAll() throws IOException {
		Resource[] samples = new PathMatchingResourcePatternResolver().getResources(LOCATION);
		Arrays.sort(samples, Comparator.comparing(Resource::getFilename));
		Path folder = Files.createTempDirectory("ouvert-decp-demo");
		try {
			for (Resource sample : samples) {
				if (!ImportFiles.isDecp(Path.of(sample.getFilename()))) {
					continue;
				}
				Path file = folder.resolve(sample.getFilename());
				try (InputStream in = sample.getInputStream()) {
					Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
				}
				ImportResult result = imports.importFile(file, SourceSpec.ofFileName(file.getFileName().toString()));
				log.info("Procurement demo data: {}", ImportCommand.summary(file.getFileName(), result));
				Files.delete(file);
			}
		}
		finally {
			Files.deleteIfExists(folder);
		}
	}
}
