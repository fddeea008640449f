package fr.ouvert.decp;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Proves the hand-written validation against the official JSON Schemas (networknt validator): record by record, a
 * record is invalid for the schema exactly when the reader raised an issue whose rule breaks the schema
 * ({@link Rule#breaksSchema}). The official examples are valid for both.
 */
class SchemaConformanceTest {

	private static final JsonMapper JSON = JsonMapper.builder()
			.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
	private static final Schema SCHEMA_2019 = schema("decp-1.5.0_marches.schema.json", SpecificationVersion.DRAFT_4);
	private static final Schema SCHEMA_2022 = schema("decp-2.0.3.schema.json", SpecificationVersion.DRAFT_7);

	private static Schema schema(String name, SpecificationVersion version) {
		try (InputStream in = SchemaConformanceTest.class.getResourceAsStream("schemas/" + name)) {
			return SchemaRegistry.withDefaultDialect(version).getSchema(JSON.readTree(in));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * One record's two verdicts. The one deliberate difference: a date with an implausible year (0218-05-03)
	 * matches the schema's pattern, but the reader drops it rather than guess, so the field is then missing; such
	 * a missing field does not count as the reader's verdict of schema invalidity.
	 */
	record Verdict(DecpRecord record, List<String> schemaErrors, List<Issue> schemaIssues) {
		boolean agree() {
			List<Issue> deliberate = record.issues().stream()
					.filter(i -> i.code().equals(Rule.IMPLAUSIBLE_DATE.code())).toList();
			boolean readerInvalid = schemaIssues.stream().anyMatch(i -> !(i.code().equals(Rule.MISSING_FIELD.code())
					&& deliberate.stream().anyMatch(d -> d.field().equals(i.field()))));
			return schemaErrors.isEmpty() == !readerInvalid;
		}
	}

	static List<Verdict> verdicts(Path file) throws IOException {
		List<DecpRecord> records = new ArrayList<>();
		new DecpReader().read(file, records::add);
		JsonNode root = JSON.readTree(file.toFile());
		List<JsonNode> published = new ArrayList<>();
		JsonNode marches = root.path("marches");
		if (marches.isArray()) {
			marches.forEach(published::add);
		} else {
			marches.properties().forEach(container -> container.getValue().forEach(published::add));
		}
		assertThat(published).hasSameSizeAs(records);
		List<Verdict> verdicts = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			DecpRecord record = records.get(i);
			Contract contract = record.contract();
			Generation generation = contract.generation();
			ObjectNode container = JSON.createObjectNode();
			if (generation == Generation.DECP_2019) {
				container.putArray("marches").add(published.get(i));
			} else {
				ArrayNode list = container.putObject("marches").putArray(
						contract.kind() == ContractKind.MARCHE ? "marche" : "contrat-concession");
				list.add(published.get(i));
			}
			List<Error> errors = (generation == Generation.DECP_2019 ? SCHEMA_2019 : SCHEMA_2022).validate(container);
			List<Issue> schemaIssues = record.issues().stream()
					.filter(issue -> Rule.ofCode(issue.code()).breaksSchema(generation)).toList();
			verdicts.add(new Verdict(record, errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
					.toList(), schemaIssues));
		}
		return verdicts;
	}

	@Test
	void officialExamplesAreValidForTheSchemaAndForTheReader() throws IOException {
		for (String name : List.of("official-example-1.5_paquet.json", "official-example-1.5_mar-avec-modifications.json",
				"official-example-1.5_cc-avec-modifications.json", "official-example-1.5_mar-basique-avec-uid.json",
				"official-example-2.0_marches_concessions.json", "official-example-2.0_concessions.json",
				"official-example-2.0_marches_avec_modifications.json",
				"official-example-2.0_concessions_avec_modifications.json")) {
			for (Verdict verdict : verdicts(Fixtures.path(name))) {
				assertThat(verdict.schemaErrors()).as(verdict.record().location()).isEmpty();
				assertThat(verdict.schemaIssues()).as(verdict.record().location()).isEmpty();
			}
		}
	}

	@Test
	void realRecordsGetTheSchemasVerdict() throws IOException {
		Map<String, Integer> disagreements = new TreeMap<>();
		int records = 0;
		for (Path file : RealFilesTest.sharedFiles()) {
			if (!file.toString().endsWith(".json")) {
				continue;
			}
			for (Verdict verdict : verdicts(file)) {
				records++;
				if (!verdict.agree()) {
					String key = verdict.record().file() + " schema=" + verdict.schemaErrors() + " reader="
							+ verdict.schemaIssues().stream().map(i -> i.code() + " " + i.field()).distinct().toList();
					disagreements.merge(key, 1, Integer::sum);
				}
			}
		}
		disagreements.forEach((k, v) -> System.out.println(v + " × " + k));
		System.out.println(records + " records compared");
		assertThat(disagreements).isEmpty();
	}
}
