package fr.ouvert.kernel.opendata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import fr.ouvert.kernel.opendata.OpenDataset.Column;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a dataset's queries. Values are converted once, the same way for CSV and JSON: dates as
 * ISO 8601 ({@code 2018-12-31}), instants as ISO 8601 in UTC, numbers and booleans as such.
 */
@Component
public class OpenDataRows {

	/** Rows fetched per round trip while streaming: memory stays constant whatever the size. */
	static final int FETCH_SIZE = 500;

	private final JdbcTemplate jdbc;
	private final JdbcTemplate streaming;

	OpenDataRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(FETCH_SIZE);
	}

	/** What identifies a state of the dataset, for ETag and Last-Modified. */
	public record Version(long total, Instant lastModified) {
	}

	@Transactional(readOnly = true)
	public Version version(OpenDataset dataset) {
		long total = jdbc.queryForObject("select count(*) from (" + dataset.sql() + ") rows", Long.class);
		OffsetDateTime last = jdbc.queryForObject(dataset.lastModifiedSql(), OffsetDateTime.class);
		return new Version(total, last == null ? Instant.EPOCH : last.toInstant());
	}

	@Transactional(readOnly = true)
	public List<Map<String, Object>> page(OpenDataset dataset, PageRequest page) {
		return jdbc.query("select * from (" + dataset.sql() + ") rows limit ? offset ?",
				(rs, n) -> toMap(dataset, rs), page.pageSize(), page.offset());
	}

	/** Streams every row in order. Must run in a transaction: PostgreSQL only uses a cursor then. */
	@Transactional(readOnly = true)
	public void forEach(OpenDataset dataset, Consumer<List<Object>> row) {
		streaming.query(dataset.sql(), rs -> {
			row.accept(values(dataset, rs));
		});
	}

	private static Map<String, Object> toMap(OpenDataset dataset, ResultSet rs) throws SQLException {
		List<Object> values = values(dataset, rs);
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < values.size(); i++) {
			map.put(dataset.columns().get(i).name(), values.get(i));
		}
		return map;
	}

	private static List<Object> values(OpenDataset dataset, ResultSet rs) throws SQLException {
		List<Object> values = new ArrayList<>(dataset.columns().size());
		for (Column column : dataset.columns()) {
			values.add(value(column, rs));
		}
		return values;
	}

	private static Object value(Column column, ResultSet rs) throws SQLException {
		String name = column.name();
		Object value = switch (column.type()) {
			case STRING -> rs.getString(name);
			case INTEGER -> {
				Object number = rs.getObject(name);
				yield number == null ? null : ((Number) number).longValue();
			}
			case NUMBER -> rs.getBigDecimal(name);
			case BOOLEAN -> rs.getObject(name, Boolean.class);
			case DATE -> {
				LocalDate date = rs.getObject(name, LocalDate.class);
				yield date == null ? null : date.toString();
			}
			case DATETIME -> {
				OffsetDateTime time = rs.getObject(name, OffsetDateTime.class);
				yield time == null ? null
						: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
			}
		};
		return rs.wasNull() ? null : value;
	}
}
