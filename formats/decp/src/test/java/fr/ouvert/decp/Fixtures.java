package fr.ouvert.decp;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixtures copied into the test resources (licences and origins in their NOTICE.md). */
final class Fixtures {

	private Fixtures() {
	}

	static Path path(String name) {
		try {
			return Path.of(Fixtures.class.getResource("fixtures/" + name).toURI());
		} catch (URISyntaxException | NullPointerException e) {
			throw new IllegalArgumentException("Fixture absente : " + name, e);
		}
	}
}
