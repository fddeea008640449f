package fr.ouvert.procurement.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import fr.ouvert.decp.DecpReader;
import fr.ouvert.decp.DecpRecord;
import fr.ouvert.decp.Issue;
import fr.ouvert.decp.SourceReport;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.db.CopyPipeline;
import fr.ouvert.kernel.db.CopyText;
import fr.ouvert.procurement.ContractsImported;
import fr.ouvert.procurement.store.ContractStore;
import fr.ouvert.procurement.store.StoreWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports DECP files into the store, one transaction per file: a file is entirely in the store or not at all, so
 * an import killed at any moment leaves nothing behind and a rerun over the same files ends in the same store.
 * A file already imported for its source (same SHA-256) is skipped. Each import records its counts, its source
 * report, its rejected records, an audit entry, and publishes {@link ContractsImported}.
 */
@Service
public class DecpImports {

	static final String JOB = "procurement-import";
	/** Imports run one at a time: the dedupe index of each is read once, and must stay true while it runs. */
	static final long IMPORT_LOCK = 0x6465_6370_696d_706fL;
	private static final int PROGRESS_STEP = 1_000;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A stored source: its id and priority. */
	record Source(long id, String code, int priority) {
	}

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final TransactionTemplate transactions;
	private final ContractStore store;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;

	DecpImports(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions, ContractStore store,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.store = store;
		this.audit = audit;
		this.events = events;
	}

	public ImportResult importFile(Path file, SourceSpec source) throws IOException {
		return importFile(file, source, n -> {
		});
	}

	/**
	 * Imports one file into the store.
	 *
	 * @param recordsRead told the number of records read so far, every thousand records
	 * @throws fr.ouvert.decp.DecpFormatException when the file cannot be read as DECP (nothing is written)
	 */
	public ImportResult importFile(Path file, SourceSpec source, LongConsumer recordsRead) throws IOException {
		FileDigest digest = FileDigest.of(file);
		return inTransaction(() -> {
			Source stored = ensureSource(source, null);
			Optional<ImportResult> done = findDone(stored.id(), digest.sha256());
			if (done.isPresent()) {
				return done.get();
			}
			jdbc.sql("delete from procurement_import where source_id = ? and file_sha256 = ? and status <> 'done'")
				.params(stored.id(), digest.sha256()).update();
			long importId = insertImport(stored.id(), file.getFileName().toString(), digest, null);
			return run(importId, file, stored, UnaryOperator.identity(), true, recordsRead);
		});
	}

	/**
	 * The size of the files that a load would import: those that exist and were not imported before for their
	 * source under the same name and size. A hint to plan the load ({@link SearchIndexes}): whether a file is
	 * skipped is decided by its SHA-256 when it is imported.
	 */
	public long bytesToImport(List<Path> files, Function<Path, SourceSpec> sources) throws IOException {
		long bytes = 0;
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				continue;
			}
			long size = Files.size(file);
			boolean imported = jdbc.sql("""
					select exists (select 1 from procurement_import i join procurement_source s on s.id = i.source_id
					    where s.code = ? and i.file_name = ? and i.file_size = ? and i.status = 'done')""")
				.params(sources.apply(file).code(), file.getFileName().toString(), size)
				.query(Boolean.class).single();
			if (!imported) {
				bytes += size;
			}
		}
		return bytes;
	}

	/**
	 * Reads and validates a file without writing any contract: the import stays {@code pending} with its report,
	 * for its publisher to confirm ({@link #confirm}) or discard.
	 *
	 * @param check a further check of each record (e.g. that the buyer is the publishing organisation)
	 */
	public ImportResult validate(Path file, String fileName, SourceSpec source, Long organisationId, Long userId,
			UnaryOperator<DecpRecord> check) throws IOException {
		FileDigest digest = FileDigest.of(file);
		return inTransaction(() -> {
			Source stored = ensureSource(source, organisationId);
			jdbc.sql("delete from procurement_import where source_id = ? and file_sha256 = ? and status <> 'done'")
				.params(stored.id(), digest.sha256()).update();
			Optional<ImportResult> done = findDone(stored.id(), digest.sha256());
			if (done.isPresent()) {
				return done.get();
			}
			long importId = insertImport(stored.id(), fileName, digest, userId);
			return run(importId, file, stored, check, false, n -> {
			});
		});
	}

	/**
	 * Imports a pending file into the store, with the same check as when it was validated; the file must be the
	 * one validated (same SHA-256).
	 */
	public ImportResult confirm(long importId, Path file, UnaryOperator<DecpRecord> check) throws IOException {
		FileDigest digest = FileDigest.of(file);
		return inTransaction(() -> {
			record Pending(long sourceId, String code, int priority, String sha) {
			}
			Pending pending = jdbc.sql("""
					select s.id as source_id, s.code, s.priority, i.file_sha256 as sha from procurement_import i
					join procurement_source s on s.id = i.source_id where i.id = ? and i.status = 'pending' for update""")
				.param(importId).query(Pending.class).optional()
				.orElseThrow(() -> new IllegalStateException("Import " + importId + " is not pending"));
			if (!pending.sha().equals(digest.sha256())) {
				throw new IllegalStateException("The file of import " + importId + " changed since it was validated");
			}
			jdbc.sql("delete from procurement_rejection where import_id = ?").param(importId).update();
			return run(importId, file, new Source(pending.sourceId(), pending.code(), pending.priority()), check, true,
					n -> {
					});
		});
	}

	/** Marks a pending import discarded: it will never enter the store. */
	public boolean discard(long importId) {
		return jdbc.sql("update procurement_import set status = 'discarded', finished_at = now() where id = ? and status = 'pending'")
			.param(importId).update() == 1;
	}

	private interface Work {
		ImportResult run() throws IOException;
	}

	private ImportResult inTransaction(Work work) throws IOException {
		try {
			return transactions.execute(tx -> {
				jdbc.sql("select pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query().singleValue();
				try {
					return work.run();
				}
				catch (IOException e) {
					throw new ReadFailure(e);
				}
			});
		}
		catch (ReadFailure e) {
			throw e.cause;
		}
	}

	/** Carries a read failure out of the transaction callback, which rolls it back. */
	private static final class ReadFailure extends RuntimeException {
		private final transient IOException cause;

		ReadFailure(IOException cause) {
			super(cause);
			this.cause = cause;
		}
	}

	private ImportResult run(long importId, Path file, Source source, UnaryOperator<DecpRecord> check, boolean write,
			LongConsumer recordsRead) throws IOException {
		String fileName = jdbc.sql("select file_name from procurement_import where id = ?").param(importId)
			.query(String.class).single();
		SourceReport report = new SourceReport(source.code());
		CopyText rejections = new CopyText(
				"copy procurement_rejection (import_id, record_index, decp_id, acheteur_id, reasons) from stdin");
		StoreWriter.Counts counts;
		try (CopyPipeline copies = new CopyPipeline(dataSource, "procurement-copy")) {
			StoreWriter writer = write
					? store.writer(copies, importId, source.id(), source.code(), source.priority()) : null;
			long[] read = { 0 };
			try (InputStream in = Files.newInputStream(file)) {
				new DecpReader().readAhead(in, fileName, published -> {
					DecpRecord record = check.apply(published);
					report.add(record);
					if (record.status() == DecpRecord.Status.REJECTED) {
						rejection(rejections, importId, record);
					}
					else if (writer != null) {
						writer.add(record.contract());
					}
					if (++read[0] % PROGRESS_STEP == 0) {
						copies.send(rejections);
						recordsRead.accept(read[0]);
					}
				});
			}
			copies.send(rejections);
			recordsRead.accept(read[0]);
			counts = writer == null ? new StoreWriter.Counts(0, 0, (int) report.exactDuplicates()) : writer.finish();
			copies.await();
		}
		String status = write ? "done" : "pending";
		jdbc.sql("""
				update procurement_import set status = :status, records = :records, accepted = :accepted,
				    corrected = :corrected, rejected = :rejected, duplicates = :duplicates, report = :report::jsonb,
				    finished_at = case when :status = 'done' then now() end
				where id = :id""")
			.param("status", status)
			.param("records", report.records())
			.param("accepted", report.accepted())
			.param("corrected", report.corrected())
			.param("rejected", report.rejected())
			.param("duplicates", counts.duplicates())
			.param("report", report.toJson())
			.param("id", importId)
			.update();
		ImportResult result = new ImportResult(importId, fileName, status, (int) report.records(),
				(int) report.accepted(), (int) report.corrected(), (int) report.rejected(), counts.duplicates(),
				counts.created(), counts.updated());
		if (write) {
			events.publishEvent(new ContractsImported(importId, counts.created() + counts.updated()));
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("source", source.code());
			summary.put("file", fileName);
			summary.put("records", result.records());
			summary.put("rejected", result.rejected());
			summary.put("created", result.created());
			summary.put("updated", result.updated());
			summary.put("duplicates", result.duplicates());
			audit.recordSystem(JOB, "procurement.import", "procurement-import", Long.toString(importId), null, summary);
		}
		return result;
	}

	private static void rejection(CopyText rows, long importId, DecpRecord record) {
		List<Map<String, String>> reasons = new ArrayList<>();
		for (Issue issue : record.issues()) {
			if (issue.severity() == Issue.Severity.REJECTED) {
				Map<String, String> reason = new LinkedHashMap<>();
				reason.put("code", issue.code());
				reason.put("field", issue.field());
				reason.put("message", issue.message());
				reasons.add(reason);
			}
		}
		rows.value(importId).value(record.index())
			.value(record.contract() == null ? null : record.contract().id())
			.value(record.contract() == null ? null : record.contract().acheteurId())
			.value(JSON.writeValueAsString(reasons));
		rows.endRow();
	}

	private Source ensureSource(SourceSpec spec, Long organisationId) {
		return jdbc.sql("""
				insert into procurement_source (code, name, priority, organisation_id) values (?, ?, ?, ?)
				on conflict (code) do update set name = excluded.name, priority = excluded.priority,
				    organisation_id = coalesce(excluded.organisation_id, procurement_source.organisation_id)
				returning id, code, priority""")
			.params(spec.code(), spec.name(), spec.priority(), organisationId)
			.query(Source.class)
			.single();
	}

	private Optional<ImportResult> findDone(long sourceId, String sha256) {
		return jdbc.sql("""
				select id, file_name, records, accepted, corrected, rejected, duplicates from procurement_import
				where source_id = ? and file_sha256 = ? and status = 'done'""")
			.params(sourceId, sha256)
			.query((rs, n) -> new ImportResult(rs.getLong(1), rs.getString(2), "skipped", rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), 0, 0))
			.optional();
	}

	private long insertImport(long sourceId, String fileName, FileDigest digest, Long userId) {
		return jdbc.sql("""
				insert into procurement_import (source_id, file_name, file_sha256, file_size, status, created_by)
				values (?, ?, ?, ?, 'pending', ?) returning id""")
			.params(sourceId, fileName, digest.sha256(), digest.size(), userId)
			.query(Long.class)
			.single();
	}

	/** A file's SHA-256 (hex) and size. */
	record FileDigest(String sha256, long size) {

		static FileDigest of(Path file) throws IOException {
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
				long size = in.transferTo(java.io.OutputStream.nullOutputStream());
				return new FileDigest(HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()), size);
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
			}
		}
	}
}
