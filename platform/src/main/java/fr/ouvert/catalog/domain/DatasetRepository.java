package fr.ouvert.catalog.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.ouvert.catalog.search.DatasetIndex;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes datasets and their resources. Every write of a dataset row has it indexed again
 * for search once the transaction commits ({@link DatasetIndex}).
 */
@Repository
public class DatasetRepository {

	static final String DATASET_COLUMNS = """
			d.id, d.slug, d.title, d.acronym, d.description, d.organisation_id, d.organisation_name, d.tags, d.licence,
			d.frequency, d.temporal_start, d.temporal_end, d.spatial_zones, d.spatial_granularity, d.badges, d.visibility,
			d.archived_at, d.origin, d.platform_dataset, d.harvest_source_id, d.remote_id, d.remote_uri, d.created_at,
			d.last_modified, d.last_update, d.views, d.downloads, d.formats, d.schemas, d.quality_score""";

	static final RowMapper<Dataset> DATASET = (rs, n) -> new Dataset(rs.getObject("id", UUID.class),
			rs.getString("slug"), rs.getString("title"), rs.getString("acronym"), rs.getString("description"),
			rs.getLong("organisation_id"), rs.getString("organisation_name"), strings(rs.getArray("tags")),
			rs.getString("licence"), rs.getString("frequency"), rs.getObject("temporal_start", java.time.LocalDate.class),
			rs.getObject("temporal_end", java.time.LocalDate.class), strings(rs.getArray("spatial_zones")),
			rs.getString("spatial_granularity"), strings(rs.getArray("badges")), rs.getString("visibility"),
			instant(rs, "archived_at"), rs.getString("origin"), rs.getString("platform_dataset"),
			(Long) rs.getObject("harvest_source_id"), rs.getString("remote_id"), rs.getString("remote_uri"),
			instant(rs, "created_at"), instant(rs, "last_modified"), instant(rs, "last_update"), rs.getLong("views"),
			rs.getLong("downloads"), strings(rs.getArray("formats")), strings(rs.getArray("schemas")),
			rs.getDouble("quality_score"));

	private static final String RESOURCE_COLUMNS = """
			id, dataset_id, position, title, description, filetype, type, url, storage_key, format, mime, filesize,
			checksum_type, checksum_value, schema_name, schema_version, remote_id, check_available, check_status,
			check_date, created_at, last_modified""";

	private static final RowMapper<Resource> RESOURCE = (rs, n) -> new Resource(rs.getObject("id", UUID.class),
			rs.getObject("dataset_id", UUID.class), rs.getInt("position"), rs.getString("title"),
			rs.getString("description"), rs.getString("filetype"), rs.getString("type"), rs.getString("url"),
			rs.getString("storage_key"), rs.getString("format"), rs.getString("mime"), (Long) rs.getObject("filesize"),
			rs.getString("checksum_type"), rs.getString("checksum_value"), rs.getString("schema_name"),
			rs.getString("schema_version"), rs.getString("remote_id"), (Boolean) rs.getObject("check_available"),
			(Integer) rs.getObject("check_status"), instant(rs, "check_date"), instant(rs, "created_at"),
			instant(rs, "last_modified"));

	private final JdbcClient jdbc;
	private final DatasetIndex index;

	DatasetRepository(JdbcClient jdbc, DatasetIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	/** By id (a UUID) or by slug, as udata's {@code /datasets/{id-or-slug}/} accepts both. */
	public Optional<Dataset> find(String idOrSlug) {
		UUID id = parseUuid(idOrSlug);
		return jdbc.sql("select " + DATASET_COLUMNS + " from catalog_dataset d where "
				+ (id != null ? "d.id = :key" : "d.slug = :key"))
			.param("key", id != null ? id : idOrSlug)
			.query(DATASET)
			.optional();
	}

	public Optional<Dataset> findByPlatformDataset(String openDatasetSlug) {
		return jdbc.sql("select " + DATASET_COLUMNS + " from catalog_dataset d where d.platform_dataset = :slug")
			.param("slug", openDatasetSlug)
			.query(DATASET)
			.optional();
	}

	/** A dataset imported once (no harvest source), by its id in the description it came from. */
	public Optional<Dataset> findImported(String remoteId) {
		return jdbc.sql("select " + DATASET_COLUMNS
				+ " from catalog_dataset d where d.harvest_source_id is null and d.remote_id = :remote")
			.param("remote", remoteId)
			.query(DATASET)
			.optional();
	}

	public List<Dataset> findByHarvestSource(long sourceId) {
		return jdbc.sql("select " + DATASET_COLUMNS + " from catalog_dataset d where d.harvest_source_id = :source")
			.param("source", sourceId)
			.query(DATASET)
			.list();
	}

	public List<Dataset> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Dataset> byId = jdbc.sql("select " + DATASET_COLUMNS + " from catalog_dataset d where d.id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query(DATASET)
			.list()
			.stream()
			.collect(Collectors.toMap(Dataset::id, d -> d));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	public boolean slugTaken(String slug) {
		return jdbc.sql("select exists (select 1 from catalog_dataset where slug = :slug)")
			.param("slug", slug)
			.query(Boolean.class)
			.single();
	}

	public void insert(Dataset d) {
		jdbc.sql("""
				insert into catalog_dataset (id, slug, title, acronym, description, organisation_id, organisation_name, tags,
				    licence, frequency, temporal_start, temporal_end, spatial_zones, spatial_granularity, badges, visibility,
				    archived_at, origin, platform_dataset, harvest_source_id, remote_id, remote_uri, created_at,
				    last_modified, last_update)
				values (:id, :slug, :title, :acronym, :description, :organisationId, :organisationName, :tags, :licence,
				    :frequency, :temporalStart, :temporalEnd, :zones, :granularity, :badges, :visibility, :archivedAt,
				    :origin, :platformDataset, :harvestSourceId, :remoteId, :remoteUri, :createdAt, :lastModified,
				    :lastUpdate)""")
			.paramSource(params(d))
			.update();
		index.reindexAfterCommit(List.of(d.id()));
	}

	/** Writes the editable fields; counters, denormalised columns and the creation date stay. */
	public void update(Dataset d) {
		jdbc.sql("""
				update catalog_dataset set slug = :slug, title = :title, acronym = :acronym, description = :description,
				    organisation_id = :organisationId, organisation_name = :organisationName, tags = :tags,
				    licence = :licence, frequency = :frequency, temporal_start = :temporalStart,
				    temporal_end = :temporalEnd, spatial_zones = :zones, spatial_granularity = :granularity,
				    badges = :badges, visibility = :visibility, archived_at = :archivedAt, remote_uri = :remoteUri,
				    last_modified = :lastModified, last_update = :lastUpdate
				where id = :id""")
			.paramSource(params(d))
			.update();
		index.reindexAfterCommit(List.of(d.id()));
	}

	private static Map<String, Object> params(Dataset d) {
		Map<String, Object> p = new java.util.HashMap<>();
		p.put("id", d.id());
		p.put("slug", d.slug());
		p.put("title", d.title());
		p.put("acronym", d.acronym());
		p.put("description", d.description() == null ? "" : d.description());
		p.put("organisationId", d.organisationId());
		p.put("organisationName", d.organisationName());
		p.put("tags", d.tags().toArray(String[]::new));
		p.put("licence", d.licence());
		p.put("frequency", d.frequency());
		p.put("temporalStart", d.temporalStart());
		p.put("temporalEnd", d.temporalEnd());
		p.put("zones", d.spatialZones().toArray(String[]::new));
		p.put("granularity", d.spatialGranularity());
		p.put("badges", d.badges().toArray(String[]::new));
		p.put("visibility", d.visibility());
		p.put("archivedAt", timestamp(d.archivedAt()));
		p.put("origin", d.origin());
		p.put("platformDataset", d.platformDataset());
		p.put("harvestSourceId", d.harvestSourceId());
		p.put("remoteId", d.remoteId());
		p.put("remoteUri", d.remoteUri());
		p.put("createdAt", timestamp(d.createdAt()));
		p.put("lastModified", timestamp(d.lastModified()));
		p.put("lastUpdate", timestamp(d.lastUpdate()));
		return p;
	}

	public List<Resource> resources(UUID datasetId) {
		return jdbc.sql("select " + RESOURCE_COLUMNS + " from catalog_resource where dataset_id = :id order by position")
			.param("id", datasetId)
			.query(RESOURCE)
			.list();
	}

	/** Resources of many datasets at once (API lists), by dataset. */
	public Map<UUID, List<Resource>> resources(Collection<UUID> datasetIds) {
		if (datasetIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select " + RESOURCE_COLUMNS
				+ " from catalog_resource where dataset_id = any(:ids) order by dataset_id, position")
			.param("ids", datasetIds.toArray(UUID[]::new))
			.query(RESOURCE)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Resource::datasetId, java.util.LinkedHashMap::new, Collectors.toList()));
	}

	public Optional<Resource> resource(UUID id) {
		return jdbc.sql("select " + RESOURCE_COLUMNS + " from catalog_resource where id = :id")
			.param("id", id)
			.query(RESOURCE)
			.optional();
	}

	public void insertResource(Resource r) {
		jdbc.sql("""
				insert into catalog_resource (id, dataset_id, position, title, description, filetype, type, url,
				    storage_key, format, mime, filesize, checksum_type, checksum_value, schema_name, schema_version,
				    remote_id, check_available, check_status, check_date, created_at, last_modified)
				values (:id, :datasetId, coalesce((select max(position) + 1 from catalog_resource where dataset_id = :datasetId), 0),
				    :title, :description, :filetype, :type, :url, :storageKey, :format, :mime, :filesize, :checksumType,
				    :checksumValue, :schemaName, :schemaVersion, :remoteId, :checkAvailable, :checkStatus, :checkDate,
				    :createdAt, :lastModified)""")
			.paramSource(resourceParams(r))
			.update();
	}

	public void updateResource(Resource r) {
		jdbc.sql("""
				update catalog_resource set title = :title, description = :description, filetype = :filetype,
				    type = :type, url = :url, storage_key = :storageKey, format = :format, mime = :mime,
				    filesize = :filesize, checksum_type = :checksumType, checksum_value = :checksumValue,
				    schema_name = :schemaName, schema_version = :schemaVersion, check_available = :checkAvailable,
				    check_status = :checkStatus, check_date = :checkDate, last_modified = :lastModified
				where id = :id""")
			.paramSource(resourceParams(r))
			.update();
	}

	public void deleteResource(UUID id) {
		jdbc.sql("delete from catalog_resource where id = :id").param("id", id).update();
	}

	private static Map<String, Object> resourceParams(Resource r) {
		Map<String, Object> p = new java.util.HashMap<>();
		p.put("id", r.id());
		p.put("datasetId", r.datasetId());
		p.put("title", r.title());
		p.put("description", r.description());
		p.put("filetype", r.filetype());
		p.put("type", r.type());
		p.put("url", r.url());
		p.put("storageKey", r.storageKey());
		p.put("format", r.format());
		p.put("mime", r.mime());
		p.put("filesize", r.filesize());
		p.put("checksumType", r.checksumType());
		p.put("checksumValue", r.checksumValue());
		p.put("schemaName", r.schemaName());
		p.put("schemaVersion", r.schemaVersion());
		p.put("remoteId", r.remoteId());
		p.put("checkAvailable", r.checkAvailable());
		p.put("checkStatus", r.checkStatus());
		p.put("checkDate", timestamp(r.checkDate()));
		p.put("createdAt", timestamp(r.createdAt()));
		p.put("lastModified", timestamp(r.lastModified()));
		return p;
	}

	/**
	 * Recomputes what the dataset row keeps from its resources (formats, schemas) and the cached
	 * quality score used for sorting; the page and the API compute the score again at read time.
	 */
	public void refreshDerived(UUID datasetId, double qualityScore) {
		jdbc.sql("""
				update catalog_dataset d set
				    formats = coalesce((select array_agg(distinct lower(r.format)) from catalog_resource r
				                        where r.dataset_id = d.id and r.format is not null and r.format <> ''), '{}'),
				    schemas = coalesce((select array_agg(distinct r.schema_name) from catalog_resource r
				                        where r.dataset_id = d.id and r.schema_name is not null), '{}'),
				    quality_score = :score
				where d.id = :id""")
			.param("id", datasetId)
			.param("score", qualityScore)
			.update();
		index.reindexAfterCommit(List.of(datasetId));
	}

	/** Moves the data's last update date alone (the record itself did not change). */
	public void setLastUpdate(UUID datasetId, Instant lastUpdate) {
		int changed = jdbc.sql("update catalog_dataset set last_update = :at where id = :id and last_update is distinct from :at")
			.param("id", datasetId)
			.param("at", timestamp(lastUpdate))
			.update();
		if (changed > 0) {
			index.reindexAfterCommit(List.of(datasetId));
		}
	}

	public void countView(UUID datasetId) {
		jdbc.sql("update catalog_dataset set views = views + 1 where id = :id").param("id", datasetId).update();
		index.reindexAfterCommit(List.of(datasetId));
	}

	public void countDownload(UUID datasetId) {
		jdbc.sql("update catalog_dataset set downloads = downloads + 1 where id = :id").param("id", datasetId).update();
		index.reindexAfterCommit(List.of(datasetId));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static UUID parseUuid(String value) {
		if (value == null || value.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
