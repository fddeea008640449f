package fr.ouvert.integrity.declarations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import fr.ouvert.hatvp.declarations.Declaration;
import fr.ouvert.hatvp.declarations.DeclarationsXmlReader;

import org.springframework.core.io.ClassPathResource;

/**
 * The HATVP samples bundled as demo data ({@code demo-data/integrity/declarations}, sources in its NOTICE), copied
 * to files for the importer, and a way to import them in tests (the platform imports them at start only when
 * {@code ouvert.integrity.demo-data.enabled} is on, which tests do not rely on).
 */
public final class DeclarationSamples {

	public static final String XML_2017 = "hatvp_declarations_2017-09_sample.xml";
	public static final String XML_2024 = "hatvp_declaration_DI_2024_single.xml";
	public static final String LISTE = "hatvp_liste_2025-08_sample.csv";

	private DeclarationSamples() {
	}

	public static Path file(String name) {
		try {
			Path file = Files.createTempDirectory("declarations-test").resolve(name);
			try (InputStream in = new ClassPathResource("demo-data/integrity/declarations/" + name).getInputStream()) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The uuids of a sample, read by the library. */
	public static List<String> uuids(String name) {
		try (DeclarationsXmlReader reader = DeclarationsXmlReader.open(file(name))) {
			return reader.stream().map(Declaration::uuid).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Imports both samples and the liste.csv slice (a no-op when they are already imported). */
	public static void importAll(DeclarationImports imports) {
		try {
			imports.importFiles(file(XML_2017), file(LISTE));
			imports.importFiles(file(XML_2024), null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
