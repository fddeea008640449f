package fr.ouvert.procurement.importing;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * An import as the API answers it: its counts and the source report as the DECP library writes it (counts per
 * problem code, examples with their location).
 */
public record ImportJson(long id, String source, String file, String sha256, String status, int records,
		int accepted, int corrected, int rejected, int duplicates, OffsetDateTime createdAt, OffsetDateTime finishedAt,
		@JsonRawValue String report) {

	public static ImportJson of(ImportReports.ImportReport r) {
		ImportReports.ImportSummary s = r.summary();
		return new ImportJson(s.id(), s.sourceCode(), s.fileName(), s.fileSha256(), s.status(), s.records(),
				s.accepted(), s.corrected(), s.rejected(), s.duplicates(), s.createdAt(), s.finishedAt(), r.reportJson());
	}
}
