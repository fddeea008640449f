package fr.ouvert.catalog.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ouvert.catalog.search.DatasetIndex;
import fr.ouvert.catalog.search.IndexHits;
import fr.ouvert.catalog.search.IndexQuery;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.web.BadRequestException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over public datasets with udata's filters, sorts and facets: French stemming
 * without accents, words joined with AND as in udata's API v1, relevance as the text score
 * multiplied by quality and popularity, exact totals and facet counts. The search runs in the
 * catalog's Lucene index ({@link DatasetIndex}), which gives the ids of the page; the datasets
 * themselves are read from PostgreSQL, the source of truth, in one statement.
 */
@Service
public class DatasetSearch {

	/** The facets returned with every search, as udata's search service names them. */
	public static final List<String> FACETS = DatasetIndex.FACETS;

	private static final int FACET_SIZE = 15;

	/**
	 * @param q words to find (AND), or null
	 * @param tags every tag must be present
	 * @param sort a field of {@link DatasetIndex#SORTS} with an optional {@code -} prefix for descending, or
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

	public record Result(List<Dataset> datasets, long total, Map<String, List<FacetValue>> facets) {
	}

	private final DatasetIndex index;
	private final DatasetRepository repository;
	private final JdbcClient jdbc;

	DatasetSearch(DatasetIndex index, DatasetRepository repository, JdbcClient jdbc) {
		this.index = index;
		this.repository = repository;
		this.jdbc = jdbc;
	}

	public Result search(Query query, PageRequest page, boolean withFacets) {
		IndexHits hits = index.search(indexQuery(query), Math.toIntExact(page.offset()), page.pageSize(), withFacets,
				FACET_SIZE);
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		hits.facets().forEach((facet, values) -> facets.put(facet,
				values.stream().map(v -> new FacetValue(v.value(), v.label(), v.count())).toList()));
		return new Result(repository.findAll(hits.ids()), hits.total(), facets);
	}

	private IndexQuery indexQuery(Query query) {
		String sort = query.sort() == null || query.sort().isBlank() ? null : query.sort();
		boolean descending = sort != null && sort.startsWith("-");
		if (descending) {
			sort = sort.substring(1);
		}
		if (sort != null && !DatasetIndex.SORTS.contains(sort)) {
			throw new BadRequestException("sort", "must be one of " + String.join(", ", DatasetIndex.SORTS)
					+ ", optionally prefixed with -");
		}
		LocalDate[] coverage = query.temporalCoverage() == null ? new LocalDate[2] : interval(query.temporalCoverage());
		String q = query.q() == null || query.q().isBlank() ? null : query.q().strip();
		return new IndexQuery(q, query.organisationId(), query.tags().stream().map(Slugs::of).toList(), query.license(),
				query.format() == null ? null : query.format().toLowerCase(), query.badge(), query.schema(),
				query.geozone() == null ? null : zoneAndInnerZones(query.geozone()), query.frequency(),
				query.granularity(), coverage[0], coverage[1], query.archived(), sort, descending);
	}

	/** A zone also finds the datasets covering a zone inside it: a région finds its communes' datasets. */
	private List<String> zoneAndInnerZones(String zone) {
		List<String> zones = new ArrayList<>();
		zones.add(zone);
		zones.addAll(jdbc.sql("select g.id from catalog_geozone g where g.parents @> array[:zone]::text[]")
			.param("zone", zone)
			.query(String.class)
			.list());
		return zones;
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
