package fr.ouvert.tableschema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content);
	}

	@Test
	void exitCodesForValidInvalidAndUsage() throws IOException {
		Path schema = write("schema.json", "{\"fields\": [{\"name\": \"Nom\", \"constraints\": {\"required\": true}}]}");
		Path valid = write("valid.csv", "Nom\nDupont\n");
		Path lowerCase = write("lower.csv", "nom\nDupont\n");

		assertThat(run(schema.toString(), valid.toString())).isEqualTo(0);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"valid\" : true");
		assertThat(run(schema.toString(), lowerCase.toString())).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("missing-required-header");
		out.reset();
		assertThat(run(schema.toString(), lowerCase.toString(), "--ignore-header-case")).isEqualTo(0);
		assertThat(run(schema.toString())).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
		assertThat(run(schema.toString(), valid.toString(), "--frobnicate")).isEqualTo(2);
	}

	@Test
	void unreadableFilesAreUsageErrorsThatNameTheFile() throws IOException {
		Path schema = write("schema.json", "{\"fields\": [{\"name\": \"a\"}]}");

		assertThat(run(schema.toString(), dir.resolve("absent.csv").toString())).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read the CSV file")
				.contains("absent.csv").contains("no such file");
		assertThat(run(dir.resolve("nope.json").toString(), schema.toString())).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read the schema").contains("nope.json");
	}

	@Test
	void anInvalidSchemaIsAnInvalidReport() throws IOException {
		Path schema = write("schema.json", "{\"fields\": []}");
		Path csv = write("data.csv", "a\n1\n");

		assertThat(run(schema.toString(), csv.toString())).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("schema-error");
	}
}
