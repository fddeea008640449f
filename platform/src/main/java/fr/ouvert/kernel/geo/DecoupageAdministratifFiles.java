package fr.ouvert.kernel.geo;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.ClassPathResource;

/**
 * The files of the npm package {@code @etalab/decoupage-administratif} (INSEE's official geographic code, the
 * DGCL's list of EPCI; Licence Ouverte), as the build copies them into the jar from
 * {@code platform/frontend/node_modules}.
 */
public final class DecoupageAdministratifFiles {

	/** Where the build puts the package's files on the class path. */
	public static final String LOCATION = "geo/decoupage-administratif/";

	private DecoupageAdministratifFiles() {
	}

	/**
	 * @param path a path inside the package, such as {@code data/regions.json}
	 * @throws IOException naming the file when it is not in the jar (the build did not copy it)
	 */
	public static byte[] read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(LOCATION + path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new IOException(LOCATION + path + ": not readable (" + e.getMessage()
					+ "); the build copies it from platform/frontend/node_modules", e);
		}
	}
}
