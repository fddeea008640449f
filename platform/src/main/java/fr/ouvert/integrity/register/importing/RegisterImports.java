package fr.ouvert.integrity.register.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import fr.ouvert.hatvp.register.Exercice;
import fr.ouvert.hatvp.register.Publication;
import fr.ouvert.hatvp.register.RegisterCsvReader;
import fr.ouvert.hatvp.register.RegisterJsonReader;
import fr.ouvert.hatvp.register.RegisterReadReport;
import fr.ouvert.integrity.register.domain.Identity;
import fr.ouvert.integrity.register.domain.RegisterQueries;
import fr.ouvert.integrity.register.domain.RegisterWriter;
import fr.ouvert.integrity.register.domain.Report;
import fr.ouvert.kernel.audit.AuditTrail;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports HATVP's register (its JSON, Regards Citoyens' republication, or the 15-table CSV export, read by the
 * {@code ouvert-hatvp} library) in one transaction: a representative not registered yet is created, one whose
 * content changed gets a new version, one unchanged is left alone; the same for each financial year, replaced whole
 * when its content changed. Importing the same file twice changes nothing. A file the library cannot read is refused
 * whole with the library's located error, and nothing is written.
 */
@Service
public class RegisterImports {

	/** Reads publications from a source into a sink; the library's readers. */
	@FunctionalInterface
	public interface PublicationSource {
		RegisterReadReport read(Consumer<Publication> sink) throws IOException;
	}

	private final JdbcTemplate jdbc;
	private final ObjectMapper json;
	private final RegisterQueries queries;
	private final AuditTrail audit;
	private final Clock clock;

	RegisterImports(JdbcTemplate jdbc, ObjectMapper json, RegisterQueries queries, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.queries = queries;
		this.audit = audit;
		this.clock = clock;
	}

	/** A JSON file in either of its shapes. */
	@Transactional(rollbackFor = IOException.class)
	public ImportResult importJson(Path file) throws IOException {
		return importFrom(sink -> new RegisterJsonReader().read(file, sink));
	}

	/** HATVP's 15 CSV tables ("vues séparées"), from their folder or their zip archive. */
	@Transactional(rollbackFor = IOException.class)
	public ImportResult importCsv(Path folderOrZip) throws IOException {
		return importFrom(sink -> new RegisterCsvReader().read(folderOrZip, sink));
	}

	/** The 15 CSV tables from wherever {@code tables} opens them. */
	@Transactional(rollbackFor = IOException.class)
	public ImportResult importCsv(String source, RegisterCsvReader.TableSource tables) throws IOException {
		return importFrom(sink -> new RegisterCsvReader().read(source, tables, sink));
	}

	@Transactional(rollbackFor = IOException.class)
	public ImportResult importJson(InputStream in, String fileName) throws IOException {
		return importFrom(sink -> new RegisterJsonReader().read(in, fileName, sink));
	}

	@Transactional(rollbackFor = IOException.class)
	public ImportResult importFrom(PublicationSource source) throws IOException {
		Run run = new Run();
		RegisterReadReport read = source.read(run::accept);
		run.writer.flush();
		ImportResult result = new ImportResult(read, run.created, run.versioned, run.unchanged, run.reportsCreated,
				run.reportsReplaced, run.reportsUnchanged);
		if (!result.changedNothing()) {
			Map<String, Object> counts = new LinkedHashMap<>();
			counts.put("file", read.file());
			counts.put("created", result.created());
			counts.put("versioned", result.versioned());
			counts.put("reports_created", result.reportsCreated());
			counts.put("reports_replaced", result.reportsReplaced());
			audit.recordSystem("integrity-import-register", "integrity.register.import", "integrity-register-import",
					read.file(), null, counts);
		}
		return result;
	}

	/** One import: what is stored, compared with what is read. */
	private final class Run {
		final RegisterWriter writer = new RegisterWriter(jdbc, json);
		final Map<String, RegisterWriter.Current> current = queries.allCurrent();
		final Map<String, RegisterQueries.StoredReport> reports = queries.allReports();
		final Set<String> seen = new HashSet<>();
		final Instant now = clock.instant();
		long created;
		long versioned;
		long unchanged;
		long reportsCreated;
		long reportsReplaced;
		long reportsUnchanged;

		void accept(Publication publication) {
			Identity identity = PublicationMapping.identity(publication);
			String key = RegisterQueries.key(identity.nationalIdType(), identity.nationalId());
			if (!seen.add(key)) {
				// The same representative twice in a file: what the first one wrote is read back.
				writer.flush();
			}
			RegisterWriter.Current stored = current.get(key);
			long id;
			if (stored == null) {
				Instant first = PublicationMapping.instant(publication.datePremierePublication());
				id = writer.create(identity, "import", first != null ? first : now);
				current.put(key, new RegisterWriter.Current(id, 1, writer.sha256(identity)));
				created++;
			}
			else {
				id = stored.id();
				String sha = writer.sha256(identity);
				if (sha.equals(stored.sha256())) {
					unchanged++;
				}
				else {
					writer.flush();
					Identity previous = queries.identity(id).orElseThrow();
					Instant at = PublicationMapping.instant(publication.dateCreation());
					writer.update(stored, previous, identity, "import", at != null && at.isAfter(lastRecorded(id)) ? at : now);
					current.put(key, new RegisterWriter.Current(id, stored.version() + 1, sha));
					versioned++;
				}
			}
			for (Exercice exercice : publication.exercices()) {
				Report report = PublicationMapping.report(exercice);
				String reportKey = RegisterQueries.reportKey(id, report.hatvpId(), report.start());
				String sha = writer.reportSha256(report);
				RegisterQueries.StoredReport storedReport = reports.get(reportKey);
				if (storedReport == null) {
					reports.put(reportKey, new RegisterQueries.StoredReport(writer.createReport(id, report, sha), sha));
					reportsCreated++;
				}
				else if (storedReport.sha256().equals(sha)) {
					reportsUnchanged++;
				}
				else {
					// A report written earlier in this run must reach the table before it is replaced.
					writer.flush();
					writer.replaceReport(storedReport.id(), id, report, sha);
					reports.put(reportKey, new RegisterQueries.StoredReport(storedReport.id(), sha));
					reportsReplaced++;
				}
			}
		}

		/** Versions are recorded in order: a new one is never dated before the latest. */
		private Instant lastRecorded(long id) {
			return jdbc.queryForObject(
					"select max(recorded_at) from integrity_representative_version where representative_id = ?",
					java.sql.Timestamp.class, id).toInstant();
		}
	}
}
