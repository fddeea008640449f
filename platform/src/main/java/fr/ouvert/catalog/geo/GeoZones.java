package fr.ouvert.catalog.geo;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The zones of the French official geography that datasets cover: looked up by udata's ids,
 * suggested from the first letters of a name, and their ancestors, so that a search for a région also
 * finds the datasets covering one of its communes.
 */
@Service
public class GeoZones {

	private static final String COLUMNS = "id, level, code, name, parents, population";

	private final JdbcClient jdbc;

	GeoZones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<GeoZone> find(String id) {
		return jdbc.sql("select " + COLUMNS + " from catalog_geozone where id = ?").param(id)
			.query(GeoZones::zone)
			.optional();
	}

	/** The zones of these ids, in the order of the ids; unknown ids are left out. */
	public Map<String, GeoZone> findAll(Collection<String> ids) {
		Map<String, GeoZone> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		Map<String, GeoZone> byId = new LinkedHashMap<>();
		jdbc.sql("select " + COLUMNS + " from catalog_geozone where id = any(?)")
			.param(ids.toArray(String[]::new))
			.query(GeoZones::zone)
			.list()
			.forEach(z -> byId.put(z.id(), z));
		for (String id : ids) {
			GeoZone zone = byId.get(id);
			if (zone != null) {
				found.put(id, zone);
			}
		}
		return found;
	}

	/**
	 * Zones whose name starts with the text, ignoring case, accents and punctuation ("saint etienne"
	 * finds Saint-Étienne), or whose code is the text ("35", "2A", "35238"). A name equal to the text
	 * or a code comes first, then the most populated zones.
	 *
	 * @return at most {@code limit} zones; none for a text without letters or digits
	 */
	public List<GeoZone> suggest(String text, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("A suggestion limit must be 1 or more, not " + limit);
		}
		String name = SearchName.of(text);
		if (name.isEmpty()) {
			return List.of();
		}
		// A code is looked up through the ids it would have at each level, which the primary key indexes.
		String code = text.strip().toUpperCase(Locale.ROOT);
		String[] ids = Arrays.stream(GeoLevel.values()).map(l -> l.zoneId(code)).toArray(String[]::new);
		return jdbc.sql("select " + COLUMNS + """
				 from catalog_geozone
				where search_name like ? or id = any(?)
				order by (search_name = ? or id = any(?)) desc, population desc nulls last, id
				limit ?""")
			.params(name + "%", ids, name, ids, limit)
			.query(GeoZones::zone)
			.list();
	}

	public List<GeoLevel> levels() {
		return List.of(GeoLevel.values());
	}

	/**
	 * The zones containing this one, from the nearest to the country: for a commune its EPCI,
	 * département, région and the country. Empty for the country or an unknown zone.
	 */
	public List<GeoZone> ancestors(String id) {
		return jdbc.sql("""
				select a.id, a.level, a.code, a.name, a.parents, a.population
				  from catalog_geozone z join catalog_geozone a on a.id = any(z.parents)
				 where z.id = ?""")
			.param(id)
			.query(GeoZones::zone)
			.list()
			.stream()
			.sorted(Comparator.comparing(GeoZone::level).reversed().thenComparing(GeoZone::id))
			.toList();
	}

	private static GeoZone zone(ResultSet rs, int row) throws SQLException {
		Array parents = rs.getArray("parents");
		long population = rs.getLong("population");
		String id = rs.getString("id");
		String level = rs.getString("level");
		return new GeoZone(id,
				GeoLevel.of(level).orElseThrow(() -> new IllegalStateException("Zone " + id + " has an unknown level " + level)),
				rs.getString("code"), rs.getString("name"), Arrays.asList((String[]) parents.getArray()),
				rs.wasNull() ? null : population);
	}
}
