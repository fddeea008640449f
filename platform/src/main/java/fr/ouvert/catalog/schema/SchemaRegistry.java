package fr.ouvert.catalog.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.kernel.security.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Table Schemas resources may declare: the socle commun schemas bundled with the platform
 * (see {@code catalog/schemas/index.yaml}) and the schemas of the platform's own datasets. A
 * schema is stored again only when its content changed.
 */
@Service
public class SchemaRegistry {

	/** A registered schema; {@code json} is the Table Schema itself. */
	public record Schema(String name, String title, String description, String version, List<String> labels,
			String homepage, String json) {

		public String path() {
			return "/catalogue/schemas/" + name;
		}
	}

	/** A schema with how many resources declare it and how many of those were validated without error. */
	public record Compliance(Schema schema, long resources, long validated, long valid) {
	}

	private record IndexEntry(String name, String file, List<String> labels) {
	}

	private final JdbcClient jdbc;
	private final ObjectMapper json;
	private final Clock clock;

	SchemaRegistry(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	public List<Schema> all() {
		return jdbc.sql("select name, title, description, version, labels, homepage, schema_json::text as json "
				+ "from catalog_schema order by name").query(this::schema).list();
	}

	public Optional<Schema> find(String name) {
		return jdbc.sql("select name, title, description, version, labels, homepage, schema_json::text as json "
				+ "from catalog_schema where name = :name").param("name", name).query(this::schema).optional();
	}

	/** Compliance per schema, as the schemas page and the API show it. */
	public List<Compliance> compliance() {
		Map<String, long[]> counts = new java.util.HashMap<>();
		jdbc.sql("""
				select r.schema_name, count(*) as resources, count(v.resource_id) as validated,
				       count(*) filter (where v.valid) as valid
				from catalog_resource r join catalog_dataset d on d.id = r.dataset_id and d.visibility = 'public'
				left join catalog_resource_validation v on v.resource_id = r.id
				where r.schema_name is not null group by r.schema_name""")
			.query(rs -> {
				counts.put(rs.getString("schema_name"),
						new long[] { rs.getLong("resources"), rs.getLong("validated"), rs.getLong("valid") });
			});
		return all().stream().map(s -> {
			long[] c = counts.getOrDefault(s.name(), new long[3]);
			return new Compliance(s, c[0], c[1], c[2]);
		}).toList();
	}

	/** Registers or refreshes a schema; returns whether anything changed. */
	@Transactional
	public boolean register(String name, String schemaJson, List<String> labels) {
		JsonNode node = json.readTree(schemaJson);
		if (!node.path("fields").isArray()) {
			throw new IllegalArgumentException("Schema " + name + " has no fields array: not a Table Schema");
		}
		String checksum = Sha256.hex(schemaJson);
		boolean unchanged = jdbc.sql("select exists (select 1 from catalog_schema where name = :name and checksum = :checksum)")
			.param("name", name)
			.param("checksum", checksum)
			.query(Boolean.class)
			.single();
		if (unchanged) {
			return false;
		}
		jdbc.sql("""
				insert into catalog_schema (name, title, description, version, labels, homepage, schema_json, checksum, loaded_at)
				values (:name, :title, :description, :version, :labels, :homepage, cast(:json as jsonb), :checksum, :now)
				on conflict (name) do update set title = excluded.title, description = excluded.description,
				    version = excluded.version, labels = excluded.labels, homepage = excluded.homepage,
				    schema_json = excluded.schema_json, checksum = excluded.checksum, loaded_at = excluded.loaded_at""")
			.param("name", name)
			.param("title", text(node, "title", name))
			.param("description", text(node, "description", null))
			.param("version", text(node, "version", "1.0.0"))
			.param("labels", labels.toArray(String[]::new))
			.param("homepage", text(node, "homepage", null))
			.param("json", schemaJson)
			.param("checksum", checksum)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return true;
	}

	/** Loads the bundled schemas; returns how many were new or changed. */
	@Transactional
	public int loadBundled() throws IOException {
		List<IndexEntry> index;
		try (InputStream in = new ClassPathResource("catalog/schemas/index.yaml").getInputStream()) {
			index = List.of(new YAMLMapper().readValue(in, IndexEntry[].class));
		}
		int changed = 0;
		for (IndexEntry entry : index) {
			try (InputStream in = new ClassPathResource("catalog/schemas/" + entry.file()).getInputStream()) {
				if (register(entry.name(), new String(in.readAllBytes(), StandardCharsets.UTF_8), entry.labels())) {
					changed++;
				}
			}
		}
		return changed;
	}

	private Schema schema(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		java.sql.Array labels = rs.getArray("labels");
		return new Schema(rs.getString("name"), rs.getString("title"), rs.getString("description"),
				rs.getString("version"), labels == null ? List.of() : List.of((String[]) labels.getArray()),
				rs.getString("homepage"), rs.getString("json"));
	}

	private static String text(JsonNode node, String field, String fallback) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() || value.asString().isBlank() ? fallback : value.asString();
	}
}
