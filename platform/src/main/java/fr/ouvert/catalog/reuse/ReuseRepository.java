package fr.ouvert.catalog.reuse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.ouvert.catalog.search.DatasetIndex;
import fr.ouvert.kernel.opendata.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes reuses and the datasets they use. */
@Repository
class ReuseRepository {

	private static final String COLUMNS = """
			r.id, r.slug, r.title, r.description, r.url, r.type, r.organisation_id, r.organisation_name, r.owner_id,
			r.created_at, r.last_modified, r.archived_at,
			array(select rd.dataset_id from catalog_reuse_dataset rd where rd.reuse_id = r.id order by rd.position)
			    as dataset_ids""";

	private final JdbcClient jdbc;
	private final DatasetIndex index;

	ReuseRepository(JdbcClient jdbc, DatasetIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	Optional<Reuse> find(String idOrSlug) {
		UUID id = uuid(idOrSlug);
		return jdbc.sql("select " + COLUMNS + " from catalog_reuse r where " + (id != null ? "r.id = :key" : "r.slug = :key"))
			.param("key", id != null ? id : idOrSlug)
			.query(ReuseRepository::map)
			.optional();
	}

	/** Reuses not archived, newest first, with the filters given (null: any). */
	List<Reuse> search(UUID datasetId, Long organisationId, String type, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String where = where(datasetId, organisationId, type, params);
		params.put("limit", page.pageSize());
		params.put("offset", page.offset());
		return jdbc.sql("select " + COLUMNS + " from catalog_reuse r where " + where
				+ " order by r.created_at desc, r.id limit :limit offset :offset")
			.params(params)
			.query(ReuseRepository::map)
			.list();
	}

	long count(UUID datasetId, Long organisationId, String type) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("select count(*) from catalog_reuse r where " + where(datasetId, organisationId, type, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(UUID datasetId, Long organisationId, String type, Map<String, Object> params) {
		List<String> clauses = new ArrayList<>(List.of("r.archived_at is null"));
		if (datasetId != null) {
			clauses.add("exists (select 1 from catalog_reuse_dataset rd where rd.reuse_id = r.id and rd.dataset_id = :dataset)");
			params.put("dataset", datasetId);
		}
		if (organisationId != null) {
			clauses.add("r.organisation_id = :organisation");
			params.put("organisation", organisationId);
		}
		if (type != null) {
			clauses.add("r.type = :type");
			params.put("type", type);
		}
		return String.join(" and ", clauses);
	}

	/** How many reuses (not archived) use each of the datasets; absent when none. */
	Map<UUID, Long> countByDataset(java.util.Collection<UUID> datasetIds) {
		Map<UUID, Long> counts = new HashMap<>();
		if (datasetIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select rd.dataset_id, count(*) as n from catalog_reuse_dataset rd join catalog_reuse r on r.id = rd.reuse_id
				where r.archived_at is null and rd.dataset_id = any(:ids) group by rd.dataset_id""")
			.param("ids", datasetIds.toArray(UUID[]::new))
			.query(rs -> {
				counts.put(rs.getObject("dataset_id", UUID.class), rs.getLong("n"));
			});
		return counts;
	}

	boolean slugTaken(String slug) {
		return jdbc.sql("select exists (select 1 from catalog_reuse where slug = :slug)")
			.param("slug", slug)
			.query(Boolean.class)
			.single();
	}

	void insert(Reuse reuse) {
		jdbc.sql("""
				insert into catalog_reuse (id, slug, title, description, url, type, organisation_id, organisation_name,
				    owner_id, created_at, last_modified)
				values (:id, :slug, :title, :description, :url, :type, :organisationId, :organisationName, :ownerId,
				    :createdAt, :lastModified)""")
			.param("id", reuse.id())
			.param("slug", reuse.slug())
			.param("title", reuse.title())
			.param("description", reuse.description())
			.param("url", reuse.url())
			.param("type", reuse.type())
			.param("organisationId", reuse.organisationId())
			.param("organisationName", reuse.organisationName())
			.param("ownerId", reuse.ownerId())
			.param("createdAt", Timestamp.from(reuse.createdAt()))
			.param("lastModified", Timestamp.from(reuse.lastModified()))
			.update();
		int position = 0;
		for (UUID dataset : reuse.datasetIds()) {
			jdbc.sql("insert into catalog_reuse_dataset (reuse_id, dataset_id, position) values (:reuse, :dataset, :position)")
				.param("reuse", reuse.id())
				.param("dataset", dataset)
				.param("position", position++)
				.update();
		}
		// The datasets' count of reuses, a sort of the search.
		index.reindexAfterCommit(reuse.datasetIds());
	}

	void archive(UUID id, Instant when) {
		jdbc.sql("update catalog_reuse set archived_at = :when, last_modified = :when where id = :id")
			.param("id", id)
			.param("when", Timestamp.from(when))
			.update();
	}

	private static Reuse map(ResultSet rs, int row) throws SQLException {
		Timestamp archived = rs.getTimestamp("archived_at");
		return new Reuse(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
				rs.getString("description"), rs.getString("url"), rs.getString("type"),
				(Long) rs.getObject("organisation_id"), rs.getString("organisation_name"), (Long) rs.getObject("owner_id"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("last_modified").toInstant(),
				archived == null ? null : archived.toInstant(),
				Arrays.asList((UUID[]) rs.getArray("dataset_ids").getArray()));
	}

	private static UUID uuid(String value) {
		try {
			return value != null && value.length() == 36 ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
