package fr.ouvert.integrity.register.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fr.ouvert.integrity.register.RegisterFixtures;
import fr.ouvert.kernel.cli.Progress;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** The command line {@code integrity-import-register} and the demo data of a first start. */
class RegisterCommandAndDemoDataTest extends PlatformTest {

	@Autowired
	ImportRegisterCommand command;

	@Autowired
	RegisterDemoDataAtStart demoData;

	@Test
	void theCommandImportsAFileOnceAndSaysWhyItRefusesOthers() throws Exception {
		Path file = Files.createTempFile("agora", ".json");
		try (InputStream in = new ClassPathResource(RegisterFixtures.SAMPLE).getInputStream()) {
			Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		assertThat(run(file.toString())).startsWith("0 " + file.getFileName() + " : 18 représentant(s), 82 exercice(s), 230 activité(s) lus");
		assertThat(run(file.toString())).contains("0 inscrit(s), 0 nouvelle(s) version(s), 18 inchangé(s)");
		Files.writeString(file, "{\"publications\": [{\"denomination\": 3");
		assertThat(run(file.toString())).startsWith("1 " + file + " : illisible, rien n'a été importé — ");
		Files.delete(file);
		assertThat(run(file.toString())).startsWith("2 " + file + " : fichier ou dossier introuvable");
	}

	@Test
	void theDemoDataImportsBothSamplesAndAgainChangesNothing() throws Exception {
		demoData.importAll();
		long representatives = jdbc.sql("select count(*) from integrity_representative").query(Long.class).single();
		long versions = jdbc.sql("select count(*) from integrity_representative_version").query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from integrity_representative where national_id in ('775663438')")
			.query(Long.class).single()).isEqualTo(1);
		demoData.importAll();
		assertThat(jdbc.sql("select count(*) from integrity_representative").query(Long.class).single()).isEqualTo(representatives);
		// The only change: the representative of both samples, whose JSON and CSV publications differ, is versioned by
		// each of them in turn.
		assertThat(jdbc.sql("select count(*) from integrity_representative_version").query(Long.class).single())
			.isEqualTo(versions + 2);
	}

	private String run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				Progress.silent());
		return exit + " " + out.toString(StandardCharsets.UTF_8);
	}
}
