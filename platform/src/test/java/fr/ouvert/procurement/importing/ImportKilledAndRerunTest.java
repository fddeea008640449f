package fr.ouvert.procurement.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import fr.ouvert.OuvertApplication;
import fr.ouvert.testing.PgTestSupport;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: an import killed in the middle of a file, then run again, ends in the same store as an
 * uninterrupted import. The command line runs in child JVMs (as an operator runs it), each against its own new
 * database; one child is killed (SIGKILL) while a file's transaction is open, after an earlier file committed.
 */
class ImportKilledAndRerunTest extends PlatformTest {

	private static final Path FILES = Path.of("../demo-data/procurement");

	@Test
	void aKilledImportRunAgainEndsInTheSameStoreAsACleanImport() throws Exception {
		String clean = createDatabase();
		String killed = createDatabase();

		Process cleanRun = runImport(clean);
		assertThat(cleanRun.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(cleanRun.exitValue()).isZero();
		String expected = dump(clean);

		Process first = runImport(killed);
		int filesDone = killInTheMiddleOfAFile(killed, first);
		assertThat(filesDone).as("files committed before the kill").isBetween(1, (int) fileCount() - 1);
		assertThat(dump(killed)).as("a killed import leaves only whole files").isNotEqualTo(expected);

		Process rerun = runImport(killed);
		assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(rerun.exitValue()).isZero();
		assertThat(dump(killed)).isEqualTo(expected);
	}

	/** Waits until a file has been imported and another file's transaction has written, then kills the child. */
	private static int killInTheMiddleOfAFile(String url, Process child) throws Exception {
		try (Connection db = connect(url); Statement s = db.createStatement()) {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
			while (System.nanoTime() < deadline && child.isAlive()) {
				// The child creates the tables first (Flyway) when it starts.
				boolean migrated = count(s, "select count(*) from pg_tables where tablename = 'procurement_import'") == 1;
				int done = migrated ? count(s, "select count(*) from procurement_import where status = 'done'") : 0;
				boolean writing = done >= 1 && count(s, """
						select count(*) from pg_stat_activity
						where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null""") > 0;
				if (writing) {
					child.destroyForcibly().waitFor();
					return count(s, "select count(*) from procurement_import where status = 'done'");
				}
				Thread.sleep(5);
			}
		}
		throw new AssertionError("The import ended before it could be killed in the middle of a file");
	}

	private static long fileCount() throws Exception {
		try (var files = Files.list(FILES)) {
			return files.filter(ImportFiles::isDecp).count();
		}
	}

	private Process runImport(String url) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				OuvertApplication.class.getName(), "procurement-import", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + PgTestSupport.user(),
				"--spring.datasource.password=" + PgTestSupport.password(),
				"--ouvert.home=" + Files.createTempDirectory("ouvert-kill-test"), FILES.toString()));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Files.createTempFile("procurement-import", ".log").toFile())
			.start();
	}

	/** A new empty database on the tests' PostgreSQL server; its JDBC URL. */
	private String createDatabase() {
		String name = "procurement_" + UUID.randomUUID().toString().replace("-", "");
		jdbc.sql("create database " + name).update();
		return PgTestSupport.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
	}

	private static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, PgTestSupport.user(), PgTestSupport.password());
	}

	private static int count(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/** Every table of the store, without ids and times (which differ between runs), in a stable order. */
	private static String dump(String url) throws SQLException {
		StringBuilder out = new StringBuilder();
		try (Connection db = connect(url); Statement s = db.createStatement()) {
			for (String sql : List.of(
					"select code, name, priority from procurement_source order by code",
					"""
					select s.code, i.file_name, i.file_sha256, i.file_size, i.status, i.records, i.accepted, i.corrected,
					    i.rejected, i.duplicates, i.report from procurement_import i join procurement_source s on s.id = i.source_id
					order by s.code, i.file_name""",
					"""
					select i.file_name, r.record_index, r.decp_id, r.acheteur_id, r.reasons from procurement_rejection r
					join procurement_import i on i.id = r.import_id order by i.file_name, r.record_index""",
					"""
					select c.dedupe_key, c.uid, c.kind, c.generation, c.decp_id, c.acheteur_id, c.acheteur_nom, c.nature,
					    c.objet, c.code_cpv, c.procedure, c.lieu_code, c.lieu_type_code, c.lieu_nom, c.departement,
					    c.duree_mois, c.date_notification, c.date_publication, c.montant, c.forme_prix, c.offres_recues,
					    c.current_montant, c.current_duree_mois, c.modification_count, c.details, s.code, c.sources,
					    c.provenance, i.file_name
					from procurement_contract c join procurement_source s on s.id = c.source_id
					join procurement_import i on i.id = c.import_id order by c.dedupe_key""",
					"""
					select c.dedupe_key, t.position, t.type_identifiant, t.identifier, t.siren, t.name
					from procurement_titulaire t join procurement_contract c on c.id = t.contract_id
					order by c.dedupe_key, t.position""",
					"""
					select c.dedupe_key, v.sequence, v.modification_id, v.objet_modification, v.date_notification,
					    v.date_publication, v.montant, v.duree_mois, v.titulaires
					from procurement_contract_version v join procurement_contract c on c.id = v.contract_id
					order by c.dedupe_key, v.sequence""")) {
				try (ResultSet rs = s.executeQuery(sql)) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						for (int i = 1; i <= columns; i++) {
							out.append(rs.getString(i)).append('\t');
						}
						out.append('\n');
					}
				}
				out.append("--\n");
			}
		}
		return out.toString();
	}
}
