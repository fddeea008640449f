package fr.ouvert.integrity.register.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ouvert.kernel.opendata.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public search of the register with linked filters: each facet's counts are computed over the representatives
 * matching every other filter, so a count says what choosing that value would give. Activity filters (type of
 * official, decision, action) and report filters (expense bracket, late or missing report) are read within the
 * chosen period when there is one.
 */
@Component
public class RegisterSearch {

	/** The facets, in the order the page shows them. */
	public enum Facet {
		CATEGORY, SECTOR, OFFICIAL, DECISION, ACTION, YEAR, EXPENSE, STATUS
	}

	/**
	 * @param year a calendar year the financial year overlaps
	 * @param expense the lower bound of the expense bracket, in euros
	 * @param status {@code late} or {@code missing}: has such a report
	 */
	public record Filters(String text, String category, String sector, String official, String decision, String action,
			Integer year, Long expense, String status) {

		public static Filters none() {
			return new Filters(null, null, null, null, null, null, null, null, null);
		}

		public boolean isEmpty() {
			return this.equals(none());
		}
	}

	/** A value of a facet and how many representatives it would give. */
	public record Count(String value, long count) {
	}

	/** A line of the results. */
	public record Hit(long id, String denomination, String nationalId, String categoryCode, String city, Long latestExpenseLower,
			String latestExpenseBracket, long activities, boolean late, boolean missing) {
	}

	public record Result(List<Hit> hits, long total, Map<Facet, List<Count>> facets) {
	}

	private final JdbcClient jdbc;

	RegisterSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Result search(Filters filters, PageRequest page) {
		Where where = where(filters, null);
		long total = jdbc.sql("select count(*) from integrity_representative r where " + where.sql).params(where.params)
			.query(Long.class).single();
		List<Object> params = new ArrayList<>(where.params);
		params.add(page.pageSize());
		params.add(page.offset());
		List<Hit> hits = jdbc.sql("""
				select r.id, r.denomination, r.national_id, r.category_code, r.city,
				  (select e.expense_lower from integrity_exercise e where e.representative_id = r.id and e.expense_lower is not null
				   order by e.date_start desc limit 1),
				  (select e.expense_bracket from integrity_exercise e where e.representative_id = r.id and e.expense_lower is not null
				   order by e.date_start desc limit 1),
				  (select count(*) from integrity_activity v where v.representative_id = r.id),
				  exists (select 1 from integrity_exercise e where e.representative_id = r.id and %1$s = 'late'),
				  exists (select 1 from integrity_exercise e where e.representative_id = r.id and %1$s = 'missing')
				from integrity_representative r where %2$s
				order by r.denomination, r.id limit ? offset ?""".formatted(ReportStatus.SQL, where.sql))
			.params(params)
			.query((rs, n) -> new Hit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getObject(6, Long.class), rs.getString(7), rs.getLong(8), rs.getBoolean(9), rs.getBoolean(10)))
			.list();
		Map<Facet, List<Count>> facets = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			facets.put(facet, counts(facet, filters));
		}
		return new Result(hits, total, facets);
	}

	private List<Count> counts(Facet facet, Filters filters) {
		Where where = where(filters, facet);
		String period = filters.year() == null ? "true" : periodSql(filters.year());
		String sql = switch (facet) {
			case CATEGORY -> "select r.category_code as v, count(*) from integrity_representative r where %s group by 1";
			case SECTOR -> "select s as v, count(distinct r.id) from integrity_representative r, unnest(r.sectors) s where %s group by 1";
			case OFFICIAL, DECISION, ACTION -> {
				String column = facet == Facet.OFFICIAL ? "official_types" : facet == Facet.DECISION ? "decisions" : "actions";
				yield "select x as v, count(distinct a.representative_id) from integrity_action a"
						+ " join integrity_activity v on v.id = a.activity_id join integrity_exercise e on e.id = v.exercise_id,"
						+ " unnest(a." + column + ") x where " + period
						+ " and a.representative_id in (select r.id from integrity_representative r where %s) group by 1";
			}
			case YEAR -> "select y::text as v, count(distinct e.representative_id) from integrity_exercise e,"
					+ " generate_series(extract(year from e.date_start)::int, extract(year from e.date_end)::int) y"
					+ " where e.representative_id in (select r.id from integrity_representative r where %s) group by 1";
			case EXPENSE -> "select e.expense_lower::text as v, count(distinct e.representative_id) from integrity_exercise e"
					+ " where e.expense_lower is not null and " + period
					+ " and e.representative_id in (select r.id from integrity_representative r where %s) group by 1";
			case STATUS -> "select " + ReportStatus.SQL + " as v, count(distinct e.representative_id) from integrity_exercise e"
					+ " where " + period
					+ " and e.representative_id in (select r.id from integrity_representative r where %s) group by 1";
		};
		List<Count> counts = jdbc.sql(sql.formatted(where.sql)).params(where.params)
			.query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
		List<Count> sorted = new ArrayList<>(counts);
		switch (facet) {
			case YEAR -> sorted.sort((a, b) -> b.value().compareTo(a.value()));
			case EXPENSE -> sorted.sort((a, b) -> Long.compare(Long.parseLong(a.value()), Long.parseLong(b.value())));
			case STATUS -> sorted.removeIf(c -> !c.value().equals("late") && !c.value().equals("missing"));
			default -> sorted.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
					: a.value().compareTo(b.value()));
		}
		return sorted;
	}

	private record Where(String sql, List<Object> params) {
	}

	/** The conditions of every filter but {@code except}'s. */
	private static Where where(Filters f, Facet except) {
		List<String> sql = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		String period = f.year() == null ? "true" : periodSql(f.year());
		if (f.text() != null) {
			sql.add("(r.denomination ilike ? or r.national_id = ?)");
			params.add("%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			params.add(f.text());
		}
		if (f.category() != null && except != Facet.CATEGORY) {
			sql.add("r.category_code = ?");
			params.add(f.category());
		}
		if (f.sector() != null && except != Facet.SECTOR) {
			sql.add("? = any(r.sectors)");
			params.add(f.sector());
		}
		addAction(sql, params, f.official(), except == Facet.OFFICIAL, "official_types", period);
		addAction(sql, params, f.decision(), except == Facet.DECISION, "decisions", period);
		addAction(sql, params, f.action(), except == Facet.ACTION, "actions", period);
		if (f.year() != null && except != Facet.YEAR) {
			sql.add("exists (select 1 from integrity_exercise e where e.representative_id = r.id and " + period + ")");
		}
		if (f.expense() != null && except != Facet.EXPENSE) {
			sql.add("exists (select 1 from integrity_exercise e where e.representative_id = r.id and e.expense_lower = ? and "
					+ period + ")");
			params.add(f.expense());
		}
		if (f.status() != null && except != Facet.STATUS) {
			sql.add("exists (select 1 from integrity_exercise e where e.representative_id = r.id and " + ReportStatus.SQL
					+ " = ? and " + period + ")");
			params.add(f.status());
		}
		return new Where(sql.isEmpty() ? "true" : String.join(" and ", sql), params);
	}

	private static void addAction(List<String> sql, List<Object> params, String value, boolean skip, String column,
			String period) {
		if (value == null || skip) {
			return;
		}
		sql.add("exists (select 1 from integrity_action a join integrity_activity v on v.id = a.activity_id"
				+ " join integrity_exercise e on e.id = v.exercise_id where a.representative_id = r.id and ? = any(a." + column
				+ ") and " + period + ")");
		params.add(value);
	}

	/** The financial year overlaps the calendar year (a literal: the year is an int read from the request). */
	private static String periodSql(int year) {
		return "(e.date_start <= make_date(" + year + ", 12, 31) and e.date_end >= make_date(" + year + ", 1, 1))";
	}
}
