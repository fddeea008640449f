package fr.ouvert.procurement.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import fr.ouvert.decp.SourceReport;
import fr.ouvert.kernel.cli.Progress;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The import of real DECP files into the store (shared test database: every test uses its own source codes). */
class DecpImportsTest extends PlatformTest {

	private static final Path DEMO = Path.of("../demo-data/procurement");
	private static final Path SHARED = Path.of("../../shared/data/procurement");

	@Autowired
	DecpImports imports;

	@Autowired
	ImportCommand command;

	private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";

	@Test
	void theAifeFileImportsWithItsDuplicatesAndRejectionsCountedAndListed() throws Exception {
		ImportResult result = imports.importFile(DEMO.resolve("aife_2019-04-04.json"), source("aife"));

		assertThat(result.status()).isEqualTo("done");
		assertThat(result.records()).isEqualTo(4530);
		assertThat(result.accepted() + result.corrected() + result.rejected()).isEqualTo(4530);
		SourceReport report = SourceReport.fromJson(jdbc.sql("select report::text from procurement_import where id = ?")
			.param(result.importId()).query(String.class).single());
		assertThat(report.exactDuplicates()).isEqualTo(167);
		assertThat(result.duplicates()).isGreaterThanOrEqualTo(167);
		assertThat(jdbc.sql("select count(*) from procurement_rejection where import_id = ?").param(result.importId())
			.query(Integer.class).single()).isEqualTo(result.rejected());
		assertThat(jdbc.sql("select count(*) from procurement_contract where ? = any(sources)").param(prefix + "aife")
			.query(Integer.class).single()).isEqualTo(result.created() + result.updated());
		assertThat(jdbc.sql("select count(*) from kernel_audit_entry where subject_type = 'procurement-import' and subject_id = ?")
			.param(Long.toString(result.importId())).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() throws Exception {
		Path file = DEMO.resolve("pes-marche_2019-04-05.json");
		ImportResult first = imports.importFile(file, source("pes"));
		String before = storeOf(prefix + "pes");

		ImportResult second = imports.importFile(file, source("pes"));

		assertThat(second.skipped()).isTrue();
		assertThat(second.importId()).isEqualTo(first.importId());
		assertThat(storeOf(prefix + "pes")).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from procurement_import i join procurement_source s on s.id = i.source_id where s.code = ?")
			.param(prefix + "pes").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theCommandImportsEveryDemoFileAndSaysWhichFileCouldNotBeRead() throws Exception {
		Path folder = Files.createTempDirectory("decp-cli");
		for (Path demo : ImportFiles.list(List.of(DEMO))) {
			Files.copy(demo, folder.resolve(prefix + demo.getFileName()));
		}
		Files.writeString(folder.resolve(prefix + "broken.json"), "{\"marches\": [ {\"id\": ", StandardCharsets.UTF_8);
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		List<Path> files = ImportFiles.list(List.of(folder));
		long broken = Files.size(folder.resolve(prefix + "broken.json"));
		assertThat(imports.bytesToImport(files, f -> SourceSpec.ofFileName(f.getFileName().toString())))
			.as("a new folder is all to import").isEqualTo(files.stream().mapToLong(DecpImportsTest::size).sum());

		int exit = command.run(List.of(folder.toString()), new PrintStream(output, true, StandardCharsets.UTF_8),
				Progress.silent());

		String printed = output.toString(StandardCharsets.UTF_8);
		assertThat(exit).isEqualTo(1);
		assertThat(printed).contains(prefix + "broken.json : illisible, rien n'a été importé")
			.contains("7 fichier(s) : 6 importé(s), 0 déjà importé(s), 1 illisible(s)");
		assertThat(jdbc.sql("select count(*) from procurement_import i join procurement_source s on s.id = i.source_id where s.code like ? and i.status = 'done'")
			.param(prefix.substring(0, prefix.length() - 1) + "%").query(Integer.class).single()).isEqualTo(6);
		assertThat(imports.bytesToImport(files, f -> SourceSpec.ofFileName(f.getFileName().toString())))
			.as("only the unreadable file is left to import").isEqualTo(broken);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void everyRealFileOfTheSharedDataFolderImports() throws Exception {
		assumeTrue(Files.isDirectory(SHARED), "../shared/data/procurement is absent: the real files are not tried");
		for (Path file : ImportFiles.list(List.of(SHARED.resolve("decp-2019"), SHARED.resolve("decp-2022")))) {
			ImportResult result = imports.importFile(file, source("shared-" + file.getFileName().toString()
				.toLowerCase().replaceAll("[^a-z0-9]", "-")));
			assertThat(result.status()).as(file.toString()).isEqualTo("done");
			assertThat(result.records()).as(file.toString()).isPositive();
		}
	}

	private SourceSpec source(String code) {
		return new SourceSpec(prefix + code, code, SourceSpec.DEFAULT_PRIORITY);
	}

	private String storeOf(String source) {
		return String.join("\n", jdbc.sql("""
				select c.dedupe_key || c.sources::text || c.provenance::text || c.updated_at::text
				from procurement_contract c where ? = any(c.sources) order by c.dedupe_key""")
			.param(source).query(String.class).list());
	}
}
