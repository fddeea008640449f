package fr.ouvert.kernel.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A public dataset, declared once by its module and served by the kernel as streamed CSV, a
 * streamed JSON array and paged JSON in udata's envelope, with its Table Schema.
 *
 * @param slug stable identifier used in URLs, e.g. {@code plan-actions}
 * @param sql the rows: a select over the module's own tables whose column aliases are the
 *            declared column names, with an {@code order by} that makes paging stable
 * @param lastModifiedSql a query returning one {@code timestamptz}: when the rows last changed
 * @param personalDataFree a declaration by the module that no column holds personal data; the
 *            kernel refuses a dataset without it
 */
public record OpenDataset(String slug, String title, String description, Licence licence, List<Column> columns,
		String sql, String lastModifiedSql, boolean personalDataFree) {

	public OpenDataset {
		Objects.requireNonNull(slug);
		Objects.requireNonNull(title);
		columns = List.copyOf(columns);
		if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("Dataset slug must be kebab case: " + slug);
		}
		if (!personalDataFree) {
			throw new IllegalArgumentException("Dataset " + slug + " is not declared free of personal data");
		}
	}

	/** Table Schema field types (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
	public enum ColumnType {
		STRING, INTEGER, NUMBER, BOOLEAN, DATE, DATETIME;

		public String tableSchemaName() {
			return name().toLowerCase();
		}
	}

	public record Column(String name, ColumnType type, String description, boolean required) {
	}

	/** SQL for today's date in France, for the queries that compute deadlines and statuses. */
	public static final String TODAY = "(now() at time zone 'Europe/Paris')::date";

	/** The rows' Table Schema (Frictionless), as served at {@code /api/1/opendata/{slug}/schema.json}. */
	public java.util.Map<String, Object> tableSchema() {
		java.util.Map<String, Object> schema = new java.util.LinkedHashMap<>();
		schema.put("name", slug);
		schema.put("title", title);
		schema.put("fields", columns.stream().map(c -> {
			java.util.Map<String, Object> field = new java.util.LinkedHashMap<>();
			field.put("name", c.name());
			field.put("type", c.type().tableSchemaName());
			field.put("description", c.description());
			if (c.required()) {
				field.put("constraints", java.util.Map.of("required", true));
			}
			return field;
		}).toList());
		return schema;
	}

	public static Builder builder(String slug) {
		return new Builder(slug);
	}

	public static final class Builder {
		private final String slug;
		private String title;
		private String description = "";
		private Licence licence = Licence.LICENCE_OUVERTE_2;
		private final List<Column> columns = new ArrayList<>();
		private String sql;
		private String lastModifiedSql;
		private boolean personalDataFree;

		private Builder(String slug) {
			this.slug = slug;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		public Builder licence(Licence licence) {
			this.licence = licence;
			return this;
		}

		public Builder column(String name, ColumnType type, String description) {
			columns.add(new Column(name, type, description, false));
			return this;
		}

		public Builder requiredColumn(String name, ColumnType type, String description) {
			columns.add(new Column(name, type, description, true));
			return this;
		}

		public Builder rows(String sql) {
			this.sql = sql;
			return this;
		}

		public Builder lastModified(String sql) {
			this.lastModifiedSql = sql;
			return this;
		}

		/** The module states that no column holds personal data (names, e-mails, identifiers of people). */
		public Builder withoutPersonalData() {
			this.personalDataFree = true;
			return this;
		}

		public OpenDataset build() {
			return new OpenDataset(slug, title, description, licence, columns, Objects.requireNonNull(sql, "rows"),
					Objects.requireNonNull(lastModifiedSql, "lastModified"), personalDataFree);
		}
	}
}
