package fr.ouvert.integrity.register.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import fr.ouvert.kernel.cli.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On a start with an empty register, imports the HATVP samples bundled from {@code demo-data/integrity/register}
 * (sources and licences in its README): the JSON sample, then the 15-table CSV slice. Off with {@code ouvert.integrity.demo-data.enabled=false}.
 */
@Component
@Order(300)
class RegisterDemoDataAtStart implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(RegisterDemoDataAtStart.class);
	static final String JSON = "classpath:demo-data/integrity/register/regardscitoyens_hatvp_agora_ORGA_PUB.json";
	static final String CSV = "classpath:demo-data/integrity/register/csv/";

	private final boolean enabled;
	private final JdbcClient jdbc;
	private final RegisterImports imports;

	RegisterDemoDataAtStart(@Value("${ouvert.integrity.demo-data.enabled:true}") boolean enabled, JdbcClient jdbc,
			RegisterImports imports) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.imports = imports;
	}

	@Override
	public void runAtStart() {
		boolean empty = jdbc.sql("select not exists (select 1 from integrity_representative)").query(Boolean.class).single();
		if (!enabled || !empty) {
			return;
		}
		try {
			importAll();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The register's demo data could not be read", e);
		}
	}

	/** Imports the bundled samples (again: what is already stored is left as it is). */
	void importAll() throws IOException {
		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
		Resource json = resources.getResource(JSON);
		try (InputStream in = json.getInputStream()) {
			log.info("Register demo data: {}", imports.importJson(in, json.getFilename()).summary());
		}
		log.info("Register demo data: {}", imports.importCsv("csv", table -> resources.getResource(CSV + table.fileName())
			.getInputStream()).summary());
	}
}
