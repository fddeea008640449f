package fr.ouvert.catalog.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.web.BadRequestException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over public datasets with udata's filters, sorts and facets, in PostgreSQL:
 * French stemming without accents ({@code catalog_fr}), words joined with AND as in udata's API v1,
 * and facet counts computed over the matching set in one statement, which also gives the total.
 *
 * <p>A search that matches a large part of the catalogue ("données" matches most of it) would make
 * every facet count read tens of thousands of rows: beyond {@link #EXACT_FACETS_LIMIT} matches (as
 * the planner estimates them), the facets and the total are counted on a random sample of the
 * matches, about {@link #SAMPLE_ROWS} rows chosen by {@code sample_bucket} (a byte of the random
 * id), scaled up, and the result says it is {@link Result#approximate() approximate}. The sample
 * only changes the counts, never which datasets the page shows.
 *
 * <p>Such a broad search, sorted by relevance, is ordered by the static part of the relevance alone
 * ({@link #STATIC_RANK}: metadata quality and popularity), read in index order: a word found in most
 * of the catalogue does not tell its datasets apart, and ranking tens of thousands of matches by
 * text score cost a hundred milliseconds of CPU per request (bench/README.md, "Catalog search").
 */
@Service
public class DatasetSearch {

	/** The facets returned with every search, as udata's search service names them. */
	public static final List<String> FACETS = List.of("organization", "tag", "license", "format", "badge", "schema",
			"geozone", "frequency");

	private static final int FACET_SIZE = 15;

	/** Up to this many matches, facet counts and the total are exact. */
	public static final long EXACT_FACETS_LIMIT = 10_000;

	/** About how many matching rows the sample of a broader search keeps. */
	static final long SAMPLE_ROWS = 5_000;

	/** {@code catalog_dataset.sample_bucket} is one byte of the (random) id: 0 to 255. */
	private static final int BUCKETS = 256;

	/** The static part of the relevance; an index covers it in this exact form. */
	static final String STATIC_RANK = "(d.quality_score + ln(1 + d.views) / 10)";

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

	private static final Map<String, String> SORTS = Map.of("title", "d.title", "created", "d.created_at",
			"last_update", "d.last_update", "last_modified", "d.last_modified", "views", "d.views", "downloads",
			"d.downloads", "quality", "d.quality_score", "reuses",
			"(select count(*) from catalog_reuse_dataset rd where rd.dataset_id = d.id)");

	/**
	 * @param q words to find (AND), or null
	 * @param tags every tag must be present
	 * @param sort a field of {@link #SORTS} with an optional {@code -} prefix for descending, or
	 *            null (relevance with {@code q}, newest first without)
	 * @param temporalCoverage an interval {@code start/end} the dataset's coverage must overlap
	 */
	public record Query(String q, Long organisationId, List<String> tags, String license, String format, String badge,
			String schema, String geozone, String frequency, String granularity, String temporalCoverage, String sort,
			boolean archived) {

		public Query {
			tags = tags == null ? List.of() : tags;
		}

		public static Query all() {
			return new Query(null, null, List.of(), null, null, null, null, null, null, null, null, null, false);
		}

		public Query withOrganisation(long organisation) {
			return new Query(q, organisation, tags, license, format, badge, schema, geozone, frequency, granularity,
					temporalCoverage, sort, archived);
		}
	}

	/** One value of a facet: the value as filtered on, how to show it, how many datasets have it. */
	public record FacetValue(String name, String label, long count) {
	}

	/**
	 * @param approximate the total and the facet counts were estimated from a sample of the
	 *            matches (a search broader than {@link #EXACT_FACETS_LIMIT}); the datasets are exact
	 */
	public record Result(List<Dataset> datasets, long total, Map<String, List<FacetValue>> facets, boolean approximate) {

		public Result(List<Dataset> datasets, long total, Map<String, List<FacetValue>> facets) {
			this(datasets, total, facets, false);
		}
	}

	/** Facet values and the number of matches they were counted on. */
	private record Facets(Map<String, List<FacetValue>> values, long total) {
	}

	private final JdbcClient jdbc;

	DatasetSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Result search(Query query, PageRequest page, boolean withFacets) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, params);
		params.put("limit", page.pageSize());
		params.put("offset", page.offset());
		boolean byRelevance = query.q() != null && !query.q().isBlank() && (query.sort() == null || query.sort().isBlank());
		Long estimate = byRelevance ? estimate(where, params) : null;
		String order = estimate != null && estimate > EXACT_FACETS_LIMIT ? STATIC_RANK + " desc, d.created_at desc, d.id"
				: order(query);
		List<Dataset> datasets = jdbc.sql("select " + DatasetRepository.DATASET_COLUMNS + " from catalog_dataset d where "
				+ where + " order by " + order + " limit :limit offset :offset")
			.params(params)
			.query(DatasetRepository.DATASET)
			.list();
		boolean totalFromPage = datasets.size() < page.pageSize() && (page.page() == 1 || !datasets.isEmpty());
		if (!withFacets) {
			long total = totalFromPage ? page.offset() + datasets.size()
					: jdbc.sql("select count(*) from catalog_dataset d where " + where).params(params).query(Long.class).single();
			return new Result(datasets, total, Map.of());
		}
		if (!totalFromPage) {
			long matches = estimate != null ? estimate : estimate(where, params);
			if (matches > EXACT_FACETS_LIMIT) {
				int buckets = (int) Math.max(1, Math.min(BUCKETS, Math.ceil((double) BUCKETS * SAMPLE_ROWS / matches)));
				params.put("buckets", buckets);
				Facets sampled = facets(where + " and d.sample_bucket < :buckets", params, (double) BUCKETS / buckets);
				// A planner estimate far too high gives a small sample: count exactly then.
				if (sampled.total() > EXACT_FACETS_LIMIT / 2) {
					return new Result(datasets, sampled.total(), sampled.values(), true);
				}
			}
		}
		Facets exact = facets(where, params, 1);
		return new Result(datasets, exact.total(), exact.values(), false);
	}

	/** The planner's estimate of the matches: one planning, no execution. */
	private long estimate(String where, Map<String, Object> params) {
		String plan = jdbc.sql("explain (format json) select 1 from catalog_dataset d where " + where)
			.params(params)
			.query(String.class)
			.single();
		Matcher rows = PLAN_ROWS.matcher(plan);
		return rows.find() ? Long.parseLong(rows.group(1)) : Long.MAX_VALUE;
	}

	/**
	 * The facets and the number of rows they were counted on, in one statement; with a sample,
	 * {@code scale} (the inverse of the sampled fraction) scales the counts up.
	 */
	private Facets facets(String where, Map<String, Object> params, double scale) {
		String sql = """
				with m as materialized (
				    select d.organisation_id, d.organisation_name, d.tags, d.licence, d.formats, d.badges, d.schemas,
				           d.spatial_zones, d.frequency
				    from catalog_dataset d where %s)
				(select 'total' as facet, null as name, null as label, count(*) as n from m)
				union all
				(select 'organization', organisation_id::text as name, min(organisation_name) as label, count(*) as n
				 from m group by organisation_id order by n desc, name limit %d)
				union all
				(select 'tag', v, v, count(*) as n from m, unnest(m.tags) v group by v order by n desc, v limit %2$d)
				union all
				(select 'license', licence, licence, count(*) as n from m group by licence order by n desc, licence limit %2$d)
				union all
				(select 'format', v, v, count(*) as n from m, unnest(m.formats) v group by v order by n desc, v limit %2$d)
				union all
				(select 'badge', v, v, count(*) as n from m, unnest(m.badges) v group by v order by n desc, v limit %2$d)
				union all
				(select 'schema', v, v, count(*) as n from m, unnest(m.schemas) v group by v order by n desc, v limit %2$d)
				union all
				(select 'geozone', v, v, count(*) as n from m, unnest(m.spatial_zones) v group by v order by n desc, v limit %2$d)
				union all
				(select 'frequency', frequency, frequency, count(*) as n from m where frequency is not null
				 group by frequency order by n desc, frequency limit %2$d)""".formatted(where, FACET_SIZE);
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		FACETS.forEach(f -> facets.put(f, new ArrayList<>()));
		long[] total = new long[1];
		jdbc.sql(sql).params(params).query(rs -> {
			long n = Math.round(rs.getLong("n") * scale);
			String facet = rs.getString("facet");
			if (facet.equals("total")) {
				total[0] = n;
			}
			else {
				facets.get(facet).add(new FacetValue(rs.getString("name"), rs.getString("label"), n));
			}
		});
		return new Facets(facets, total[0]);
	}

	private static String where(Query query, Map<String, Object> params) {
		List<String> clauses = new ArrayList<>();
		clauses.add("d.visibility = 'public'");
		clauses.add(query.archived() ? "d.archived_at is not null" : "d.archived_at is null");
		if (query.q() != null && !query.q().isBlank()) {
			clauses.add("d.search @@ websearch_to_tsquery('catalog_fr', :q)");
			params.put("q", query.q().strip());
		}
		if (query.organisationId() != null) {
			clauses.add("d.organisation_id = :organisation");
			params.put("organisation", query.organisationId());
		}
		if (!query.tags().isEmpty()) {
			clauses.add("d.tags @> cast(:tags as text[])");
			params.put("tags", query.tags().stream().map(Slugs::of).toArray(String[]::new));
		}
		arrayFilter(clauses, params, "d.formats", "format", query.format() == null ? null : query.format().toLowerCase());
		arrayFilter(clauses, params, "d.badges", "badge", query.badge());
		arrayFilter(clauses, params, "d.schemas", "schema", query.schema());
		if (query.geozone() != null) {
			// A zone also finds the datasets covering a zone inside it: a région finds its communes' datasets.
			clauses.add("""
					d.spatial_zones && (array[:geozone]::text[] || coalesce((select array_agg(g.id) from catalog_geozone g
					                                                       where g.parents @> array[:geozone]::text[]), '{}'))""");
			params.put("geozone", query.geozone());
		}
		if (query.license() != null) {
			clauses.add("d.licence = :license");
			params.put("license", query.license());
		}
		if (query.frequency() != null) {
			clauses.add("d.frequency = :frequency");
			params.put("frequency", query.frequency());
		}
		if (query.granularity() != null) {
			clauses.add("d.spatial_granularity = :granularity");
			params.put("granularity", query.granularity());
		}
		if (query.temporalCoverage() != null) {
			LocalDate[] interval = interval(query.temporalCoverage());
			clauses.add("d.temporal_start <= :coverageEnd and coalesce(d.temporal_end, d.temporal_start) >= :coverageStart");
			params.put("coverageStart", interval[0]);
			params.put("coverageEnd", interval[1]);
		}
		return String.join(" and ", clauses);
	}

	private static void arrayFilter(List<String> clauses, Map<String, Object> params, String column, String name,
			String value) {
		if (value != null) {
			clauses.add(column + " @> array[:" + name + "]::text[]");
			params.put(name, value);
		}
	}

	private static String order(Query query) {
		String sort = query.sort();
		if (sort == null || sort.isBlank()) {
			return query.q() != null && !query.q().isBlank()
					? "ts_rank(d.search, websearch_to_tsquery('catalog_fr', :q)) * (1 + ln(1 + d.views) / 10 + d.quality_score) desc, d.created_at desc"
					: "d.created_at desc, d.id";
		}
		boolean descending = sort.startsWith("-");
		String column = SORTS.get(descending ? sort.substring(1) : sort);
		if (column == null) {
			throw new BadRequestException("sort", "must be one of " + String.join(", ", SORTS.keySet().stream().sorted().toList())
					+ ", optionally prefixed with -");
		}
		return column + (descending ? " desc" : " asc") + ", d.id";
	}

	/** udata's {@code temporal_coverage} filter: {@code 2020-01-01/2020-12-31}. */
	static LocalDate[] interval(String value) {
		String[] parts = value.split("/");
		try {
			if (parts.length == 2) {
				LocalDate start = LocalDate.parse(parts[0].strip());
				LocalDate end = LocalDate.parse(parts[1].strip());
				if (!end.isBefore(start)) {
					return new LocalDate[] { start, end };
				}
			}
		}
		catch (DateTimeParseException e) {
			// reported below
		}
		throw new BadRequestException("temporal_coverage", "must be an interval of ISO dates: 2020-01-01/2020-12-31");
	}
}
