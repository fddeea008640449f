package fr.ouvert.catalog.schema;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.ouvert.catalog.domain.Resource;
import fr.ouvert.catalog.storage.ResourceStorage;
import fr.ouvert.tableschema.TableSchema;
import fr.ouvert.tableschema.TableSchemaException;
import fr.ouvert.tableschema.TableValidator;
import fr.ouvert.tableschema.ValidationOptions;
import fr.ouvert.tableschema.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Validates an uploaded CSV against the schema its resource declares, as Validata does, and keeps
 * the report (the first {@value #KEPT_ERRORS} errors, with complete counts) beside the resource.
 */
@Service
public class ResourceValidation {

	static final int KEPT_ERRORS = 200;

	/** One problem of a report as the dataset page lists it. */
	public record Problem(String type, Long row, String field, String cell, String message) {
	}

	/** A stored report, summarised for display; {@code json} is the whole Validata-shaped report. */
	public record Report(String schemaName, String schemaVersion, boolean valid, int errors, int warnings, long rows,
			List<Problem> problems, List<Problem> warningList, String json) {
	}

	private final SchemaRegistry registry;
	private final ResourceStorage storage;
	private final JdbcClient jdbc;
	private final ObjectMapper json;
	private final Clock clock;

	ResourceValidation(SchemaRegistry registry, ResourceStorage storage, JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.registry = registry;
		this.storage = storage;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Whether the resource is one this service validates: an uploaded CSV declaring a registered schema. */
	public boolean applies(Resource resource) {
		return resource.storageKey() != null && resource.schemaName() != null && "csv".equals(resource.format());
	}

	/** Validates the resource and stores its report; empty when the resource is not one to validate. */
	public Optional<Report> validate(Resource resource) throws IOException {
		if (!applies(resource)) {
			return Optional.empty();
		}
		SchemaRegistry.Schema schema = registry.find(resource.schemaName())
			.orElseThrow(() -> new IllegalArgumentException("Unknown schema " + resource.schemaName()));
		ValidationReport report;
		try (InputStream content = storage.open(resource.storageKey())) {
			report = TableValidator.validate(TableSchema.parse(schema.json()), content,
					ValidationOptions.defaults().withMaxErrors(KEPT_ERRORS));
		}
		catch (TableSchemaException invalid) {
			report = ValidationReport.schemaErrors(invalid);
		}
		jdbc.sql("""
				insert into catalog_resource_validation (resource_id, schema_name, schema_version, valid, errors, warnings,
				    rows, report, validated_at)
				values (:id, :schema, :version, :valid, :errors, :warnings, :rows, cast(:report as jsonb), :at)
				on conflict (resource_id) do update set schema_name = excluded.schema_name,
				    schema_version = excluded.schema_version, valid = excluded.valid, errors = excluded.errors,
				    warnings = excluded.warnings, rows = excluded.rows, report = excluded.report,
				    validated_at = excluded.validated_at""")
			.param("id", resource.id())
			.param("schema", schema.name())
			.param("version", schema.version())
			.param("valid", report.valid())
			.param("errors", (int) Math.min(Integer.MAX_VALUE, report.errorCount()))
			.param("warnings", report.warnings().size())
			.param("rows", report.rows())
			.param("report", report.toJson())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return find(resource.id());
	}

	public Optional<Report> find(UUID resourceId) {
		return jdbc.sql("""
				select schema_name, schema_version, valid, errors, warnings, rows, report::text as report
				from catalog_resource_validation where resource_id = :id""")
			.param("id", resourceId)
			.query((rs, n) -> {
				JsonNode report = json.readTree(rs.getString("report"));
				return new Report(rs.getString("schema_name"), rs.getString("schema_version"), rs.getBoolean("valid"),
						rs.getInt("errors"), rs.getInt("warnings"), rs.getLong("rows"), problems(report.path("errors")),
						problems(report.path("warnings")), rs.getString("report"));
			})
			.optional();
	}

	private static List<Problem> problems(JsonNode list) {
		List<Problem> problems = new ArrayList<>();
		for (JsonNode e : list) {
			problems.add(new Problem(e.path("type").asString(""), e.hasNonNull("row") ? e.get("row").asLong() : null,
					e.path("field").asString(null), e.path("cell").asString(null), e.path("message").asString("")));
		}
		return problems;
	}
}
