package fr.ouvert.catalog.spd;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the reference datasets and the ministries' opening calendar. */
@Repository
class SpdRepository {

	private final JdbcClient jdbc;

	SpdRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ReferenceDataset> referenceDatasets() {
		return jdbc.sql("select slug, position, name, acronym, producer, update_frequency from catalog_spd_reference_dataset order by position")
			.query(ReferenceDataset.class)
			.list();
	}

	/** The calendar, by ministry name then planned date. */
	List<CalendarEntry> calendar(LocalDate today) {
		return jdbc.sql("select * from catalog_spd_calendar_entry order by organisation_name, planned_date, id")
			.query((rs, n) -> map(rs, today))
			.list();
	}

	Optional<CalendarEntry> entry(long id, LocalDate today) {
		return jdbc.sql("select * from catalog_spd_calendar_entry where id = ?").param(id)
			.query((rs, n) -> map(rs, today))
			.optional();
	}

	int countOf(long organisationId) {
		return jdbc.sql("select count(*) from catalog_spd_calendar_entry where organisation_id = ?").param(organisationId)
			.query(Integer.class)
			.single();
	}

	long insert(long organisationId, String organisationName, String title, String description, LocalDate planned,
			LocalDate started, LocalDate opened, String datasetUrl) {
		return jdbc.sql("""
				insert into catalog_spd_calendar_entry (organisation_id, organisation_name, title, description, planned_date,
				    started_on, opened_on, dataset_url)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(organisationId, organisationName, title, description, planned, started, opened, datasetUrl)
			.query(Long.class)
			.single();
	}

	void update(long id, String title, String description, LocalDate planned, LocalDate started, LocalDate opened,
			String datasetUrl) {
		jdbc.sql("""
				update catalog_spd_calendar_entry set title = ?, description = ?, planned_date = ?, started_on = ?,
				    opened_on = ?, dataset_url = ?, updated_at = now()
				where id = ?""")
			.params(title, description, planned, started, opened, datasetUrl, id)
			.update();
	}

	private static CalendarEntry map(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate planned = rs.getObject("planned_date", LocalDate.class);
		LocalDate started = rs.getObject("started_on", LocalDate.class);
		LocalDate opened = rs.getObject("opened_on", LocalDate.class);
		return new CalendarEntry(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
				rs.getString("title"), rs.getString("description"), planned, started, opened, rs.getString("dataset_url"),
				SpdStatus.of(planned, started, opened, today), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}
}
