package fr.ouvert.catalog.harvest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The catalog samples of {@code ../shared/data/catalog/} that may not be copied into the
 * repository (AGPL-3.0): read in place, found by walking up from the working directory. Tests
 * that need them are skipped, with a message, when the folder is absent (a bare clone).
 */
public final class SharedCatalogSamples {

	private SharedCatalogSamples() {
	}

	static Optional<Path> folder() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/data/catalog");
			if (Files.isDirectory(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** The bytes of a sample such as {@code udata/udata_test_dcat_catalog.rdf.xml}, or the test is skipped. */
	public static byte[] read(String relativePath) {
		Optional<Path> folder = folder();
		assumeTrue(folder.isPresent(), "Skipped: ../shared/data/catalog/ not found above "
				+ Path.of("").toAbsolutePath() + "; the AGPL sample " + relativePath + " is only read in place");
		Path file = folder.get().resolve(relativePath);
		assumeTrue(Files.isRegularFile(file), "Skipped: sample " + file + " is absent");
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A fixture copied into the test resources (MIT files, see NOTICE.md there). */
	public static byte[] resource(String name) {
		try (var in = SharedCatalogSamples.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
