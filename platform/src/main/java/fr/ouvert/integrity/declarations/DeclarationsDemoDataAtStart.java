package fr.ouvert.integrity.declarations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import fr.ouvert.kernel.cli.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On a start with no declaration, imports the HATVP samples bundled from {@code demo-data/integrity/declarations}
 * (sources and licences in its NOTICE): the 2017 merged XML with the liste.csv slice, then the 2024 declaration.
 * Off with {@code ouvert.integrity.demo-data.enabled=false}.
 */
@Component
@Order(310)
class DeclarationsDemoDataAtStart implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DeclarationsDemoDataAtStart.class);
	static final String FOLDER = "demo-data/integrity/declarations/";
	static final String[][] FILES = { { "hatvp_declarations_2017-09_sample.xml", "hatvp_liste_2025-08_sample.csv" },
			{ "hatvp_declaration_DI_2024_single.xml", null } };

	private final boolean enabled;
	private final JdbcClient jdbc;
	private final DeclarationImports imports;

	DeclarationsDemoDataAtStart(@Value("${ouvert.integrity.demo-data.enabled:true}") boolean enabled, JdbcClient jdbc,
			DeclarationImports imports) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.imports = imports;
	}

	@Override
	public void runAtStart() {
		if (!enabled || jdbc.sql("select exists (select 1 from integrity_declaration)").query(Boolean.class).single()) {
			return;
		}
		try {
			importAll();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The declarations demo data could not be read", e);
		}
	}

	void importAll() throws IOException {
		Path folder = Files.createTempDirectory("ouvert-hatvp-demo");
		try {
			for (String[] pair : FILES) {
				Path xml = copy(folder, pair[0]);
				Path liste = pair[1] == null ? null : copy(folder, pair[1]);
				DeclarationImports.Result result = imports.importFiles(xml, liste);
				log.info("Declarations demo data, {}: {}", pair[0], ImportDeclarationsCommand.summary(result));
				Files.delete(xml);
				if (liste != null) {
					Files.delete(liste);
				}
			}
		}
		finally {
			Files.deleteIfExists(folder);
		}
	}

	private static Path copy(Path folder, String name) throws IOException {
		Path file = folder.resolve(name);
		try (InputStream in = new ClassPathResource(FOLDER + name).getInputStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}
}
