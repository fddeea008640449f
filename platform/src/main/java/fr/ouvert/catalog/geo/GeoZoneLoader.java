package fr.ouvert.catalog.geo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the zones into {@code catalog_geozone}. Idempotent: when the source's checksum equals the
 * loaded one nothing is written. Otherwise every zone is replaced in one transaction (readers see
 * the old zones until it commits), the 36,000 zones written with one PostgreSQL COPY rather than
 * one insert each.
 */
@Service
class GeoZoneLoader {

	static final String SOURCE = "@etalab/decoupage-administratif";
	/** Two platforms starting on one database load the zones one after the other. */
	private static final long LOAD_LOCK = 0x6765_6f7a_6f6e_6573L;

	/** What a load did, and how long it took (reading and checking the source included). */
	record Outcome(boolean unchanged, String version, Map<GeoLevel, Integer> counts, Duration duration) {
	}

	record LoadedSource(String version, String checksum, int zones, OffsetDateTime loadedAt) {
	}

	private final JdbcClient jdbc;
	private final DataSource dataSource;

	GeoZoneLoader(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@Transactional
	public Outcome loadBundled() {
		return load(DecoupageAdministratif.bundled());
	}

	@Transactional
	public Outcome load(DecoupageAdministratif source) {
		long start = System.nanoTime();
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOAD_LOCK).query().singleValue();
		String checksum = source.checksum();
		if (loaded().map(l -> l.checksum().equals(checksum)).orElse(false)) {
			return new Outcome(true, source.version(), Map.of(), Duration.ofNanos(System.nanoTime() - start));
		}
		List<GeoZone> zones = source.zones();
		jdbc.sql("delete from catalog_geozone").update();
		copy(zones);
		jdbc.sql("""
				insert into catalog_geozone_source (name, version, checksum, zones, loaded_at) values (?, ?, ?, ?, ?)
				on conflict (name) do update set version = excluded.version, checksum = excluded.checksum,
				    zones = excluded.zones, loaded_at = excluded.loaded_at""")
			.params(SOURCE, source.version(), checksum, zones.size(), OffsetDateTime.now())
			.update();
		Map<GeoLevel, Integer> counts = new EnumMap<>(GeoLevel.class);
		zones.forEach(z -> counts.merge(z.level(), 1, Integer::sum));
		return new Outcome(false, source.version(), counts, Duration.ofNanos(System.nanoTime() - start));
	}

	/** The source version in the database, if the zones were ever loaded. */
	Optional<LoadedSource> loaded() {
		return jdbc.sql("select version, checksum, zones, loaded_at from catalog_geozone_source where name = ?")
			.param(SOURCE)
			.query(LoadedSource.class)
			.optional();
	}

	private void copy(List<GeoZone> zones) {
		StringBuilder csv = new StringBuilder(zones.size() * 120);
		for (GeoZone zone : zones) {
			csv.append(quoted(zone.id())).append(',')
				.append(quoted(zone.level().id())).append(',')
				.append(quoted(zone.code())).append(',')
				.append(quoted(zone.name())).append(',')
				.append(quoted(SearchName.of(zone.name()))).append(',')
				.append(quoted(arrayLiteral(zone.parents()))).append(',')
				// An unquoted empty field is NULL in COPY's CSV format.
				.append(zone.population() == null ? "" : zone.population().toString())
				.append('\n');
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy catalog_geozone (id, level, code, name, search_name, parents, population) from stdin (format csv)",
						new StringReader(csv.toString()));
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("Could not copy the geographic zones into catalog_geozone", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static String quoted(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	/** A PostgreSQL array literal of texts, every element quoted. */
	private static String arrayLiteral(List<String> values) {
		StringBuilder literal = new StringBuilder("{");
		for (String value : values) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return literal.append('}').toString();
	}
}
