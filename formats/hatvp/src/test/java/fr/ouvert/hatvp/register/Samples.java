package fr.ouvert.hatvp.register;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The register's samples copied into the test resources (origins and licences in their NOTICE.md). */
final class Samples {

	static final String REGARDS_CITOYENS_JSON = "regardscitoyens_hatvp_agora_ORGA_PUB.json";
	/** The folder of the 15 tables. */
	static final String CSV_SLICE = "csv";

	private Samples() {
	}

	static Path path(String name) {
		try {
			return Path.of(Samples.class.getResource(name).toURI());
		} catch (URISyntaxException | NullPointerException e) {
			throw new IllegalArgumentException("Échantillon absent : " + name, e);
		}
	}
}
