package fr.ouvert.decp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the records of one source (one or several files) gave: counts per status, per issue code, exact duplicates
 * (same fingerprint as an earlier record of the source), and up to {@value #EXAMPLES_PER_CODE} examples per code.
 *
 * <p>JSON shape ({@link #toJson()}, read back by {@link #fromJson(String)}):
 * <pre>{@code
 * {"source": "aife", "records": 4530, "accepted": 12, "corrected": 3900, "rejected": 8, "exactDuplicates": 167,
 *  "issues": [{"code": "invalid-buyer-siret", "severity": "WARNING", "count": 46,
 *              "examples": [{"file": "aife.json", "index": 12, "field": "acheteur.id", "message": "…"}]}]}
 * }</pre>
 * Issues are sorted by code; duplicates have the pseudo-code {@value #EXACT_DUPLICATE} among them, with their
 * examples. A report read back keeps its counts but no longer knows the fingerprints: records added to it are
 * not compared with the earlier ones.
 */
public final class SourceReport {

	public static final String EXACT_DUPLICATE = "exact-duplicate";
	public static final int EXAMPLES_PER_CODE = 5;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A record that raised an issue: where it is and what was said. */
	public record Example(String file, long index, String field, String message) {
	}

	private final String source;
	private long records;
	private long accepted;
	private long corrected;
	private long rejected;
	private long exactDuplicates;
	private final Map<String, Long> countsByCode = new TreeMap<>();
	private final Map<String, String> severityByCode = new HashMap<>();
	private final Map<String, List<Example>> examples = new HashMap<>();
	private final Map<String, Long> firstIndexByFingerprint = new HashMap<>();

	public SourceReport(String source) {
		this.source = source;
	}

	public void add(DecpRecord record) {
		records++;
		switch (record.status()) {
			case ACCEPTED -> accepted++;
			case CORRECTED -> corrected++;
			case REJECTED -> rejected++;
		}
		for (Issue issue : record.issues()) {
			count(issue.code(), issue.severity().name(),
					new Example(record.file(), record.index(), issue.field(), issue.message()));
		}
		if (record.fingerprint() != null) {
			Long first = firstIndexByFingerprint.putIfAbsent(record.fingerprint(), record.index());
			if (first != null) {
				exactDuplicates++;
				count(EXACT_DUPLICATE, Issue.Severity.WARNING.name(), new Example(record.file(), record.index(), null,
						"Copie exacte de l'enregistrement " + first + " de la source."));
			}
		}
	}

	private void count(String code, String severity, Example example) {
		countsByCode.merge(code, 1L, Long::sum);
		severityByCode.putIfAbsent(code, severity);
		List<Example> list = examples.computeIfAbsent(code, c -> new ArrayList<>(EXAMPLES_PER_CODE));
		if (list.size() < EXAMPLES_PER_CODE) {
			list.add(example);
		}
	}

	public String source() {
		return source;
	}

	public long records() {
		return records;
	}

	public long accepted() {
		return accepted;
	}

	public long corrected() {
		return corrected;
	}

	public long rejected() {
		return rejected;
	}

	public long exactDuplicates() {
		return exactDuplicates;
	}

	/** Issue code → number of issues (a record may raise a code several times, on several fields). */
	public Map<String, Long> countsByCode() {
		return Collections.unmodifiableMap(countsByCode);
	}

	/** Up to {@value #EXAMPLES_PER_CODE} examples of the code, in reading order. */
	public List<Example> examples(String code) {
		return List.copyOf(examples.getOrDefault(code, List.of()));
	}

	public String toJson() {
		ObjectNode root = JSON.createObjectNode();
		root.put("source", source);
		root.put("records", records);
		root.put("accepted", accepted);
		root.put("corrected", corrected);
		root.put("rejected", rejected);
		root.put("exactDuplicates", exactDuplicates);
		ArrayNode issues = root.putArray("issues");
		countsByCode.forEach((code, count) -> {
			ObjectNode issue = issues.addObject();
			issue.put("code", code);
			issue.put("severity", severityByCode.get(code));
			issue.put("count", count);
			ArrayNode list = issue.putArray("examples");
			for (Example example : examples.getOrDefault(code, List.of())) {
				ObjectNode e = list.addObject();
				e.put("file", example.file());
				e.put("index", example.index());
				e.put("field", example.field());
				e.put("message", example.message());
			}
		});
		return JSON.writeValueAsString(root);
	}

	public static SourceReport fromJson(String json) {
		JsonNode root = JSON.readTree(json);
		SourceReport report = new SourceReport(root.path("source").asString());
		report.records = root.path("records").asLong();
		report.accepted = root.path("accepted").asLong();
		report.corrected = root.path("corrected").asLong();
		report.rejected = root.path("rejected").asLong();
		report.exactDuplicates = root.path("exactDuplicates").asLong();
		for (JsonNode issue : root.path("issues")) {
			String code = issue.path("code").asString();
			report.countsByCode.put(code, issue.path("count").asLong());
			report.severityByCode.put(code, issue.path("severity").asString());
			List<Example> list = new ArrayList<>();
			for (JsonNode e : issue.path("examples")) {
				list.add(new Example(e.path("file").asString(), e.path("index").asLong(),
						e.path("field").isNull() || e.path("field").isMissingNode() ? null : e.path("field").asString(),
						e.path("message").asString()));
			}
			report.examples.put(code, list);
		}
		return report;
	}

	/** The severity of a code as met in this source: CORRECTED, WARNING or REJECTED. */
	public String severity(String code) {
		return severityByCode.get(code);
	}

	@Override
	public String toString() {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("records", records);
		summary.put("accepted", accepted);
		summary.put("corrected", corrected);
		summary.put("rejected", rejected);
		summary.put("exactDuplicates", exactDuplicates);
		return source + " " + summary + " " + countsByCode;
	}
}
