package fr.ouvert.procurement.importing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.decp.SourceReport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the sources page, the report pages and the API show of the sources and their imports. */
@Service
@Transactional(readOnly = true)
public class ImportReports {

	/** Rejected records listed on a report page, at most. */
	static final int REJECTIONS_SHOWN = 100;

	/** An import, with its counts. */
	public record ImportSummary(long id, String sourceCode, String sourceName, Long organisationId, String fileName,
			String fileSha256, long fileSize, String status, int records, int accepted, int corrected, int rejected,
			int duplicates, OffsetDateTime createdAt, OffsetDateTime finishedAt) {
	}

	/** A source and its finished imports, latest first. */
	public record SourceView(String code, String name, int priority, List<ImportSummary> imports) {
	}

	/** A rejected record and why. */
	public record Rejection(long index, String decpId, String acheteurId, String reasons) {
	}

	/** An import with its report (the library's JSON and its parsed form) and its first rejected records. */
	public record ImportReport(ImportSummary summary, String reportJson, SourceReport report, List<Rejection> rejections) {
	}

	private static final String SUMMARY = """
			select i.id, s.code as source_code, s.name as source_name, s.organisation_id, i.file_name, i.file_sha256,
			    i.file_size, i.status, i.records, i.accepted, i.corrected, i.rejected, i.duplicates, i.created_at,
			    i.finished_at
			from procurement_import i join procurement_source s on s.id = i.source_id
			""";

	private final JdbcClient jdbc;

	ImportReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every source with its imports in the store, by priority then code. */
	public List<SourceView> sources() {
		Map<String, SourceView> sources = new LinkedHashMap<>();
		jdbc.sql("select code, name, priority from procurement_source order by priority, code")
			.query((rs, n) -> new SourceView(rs.getString(1), rs.getString(2), rs.getInt(3), new ArrayList<>()))
			.list()
			.forEach(s -> sources.put(s.code(), s));
		jdbc.sql(SUMMARY + " where i.status = 'done' order by i.finished_at desc, i.id desc")
			.query(ImportSummary.class)
			.list()
			.forEach(i -> sources.get(i.sourceCode()).imports().add(i));
		return List.copyOf(sources.values());
	}

	/** The last imports, any source and status, latest first. */
	public List<ImportSummary> latest(int count) {
		return jdbc.sql(SUMMARY + " order by i.id desc limit ?").param(count).query(ImportSummary.class).list();
	}

	public Optional<ImportSummary> summary(long id) {
		return jdbc.sql(SUMMARY + " where i.id = ?").param(id).query(ImportSummary.class).optional();
	}

	public Optional<ImportReport> report(long id) {
		return summary(id).map(summary -> {
			String json = jdbc.sql("select report::text from procurement_import where id = ?").param(id)
				.query(String.class).single();
			List<Rejection> rejections = jdbc.sql("""
					select record_index, decp_id, acheteur_id,
					    (select string_agg(r->>'message', ' ; ') from jsonb_array_elements(reasons) r)
					from procurement_rejection where import_id = ? order by record_index limit ?""")
				.params(id, REJECTIONS_SHOWN)
				.query((rs, n) -> new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
				.list();
			return new ImportReport(summary, json, "{}".equals(json) ? null : SourceReport.fromJson(json), rejections);
		});
	}
}
