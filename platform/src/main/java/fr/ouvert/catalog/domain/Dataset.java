package fr.ouvert.catalog.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.ouvert.kernel.opendata.Licence;

/**
 * A dataset of the catalog, as stored.
 *
 * @param visibility {@code draft} (being written), {@code private} (visible to its organisation)
 *            or {@code public}
 * @param origin {@code manual}, {@code harvest} or {@code platform} (one of the platform's own
 *            open datasets, kept in step by the catalog)
 * @param lastUpdate when the data last changed (a resource added or replaced), which the update
 *            frequency is checked against; {@code lastModified} is when the record changed
 */
public record Dataset(UUID id, String slug, String title, String acronym, String description, long organisationId,
		String organisationName, List<String> tags, String licence, String frequency, LocalDate temporalStart,
		LocalDate temporalEnd, List<String> spatialZones, String spatialGranularity, List<String> badges,
		String visibility, Instant archivedAt, String origin, String platformDataset, Long harvestSourceId,
		String remoteId, String remoteUri, Instant createdAt, Instant lastModified, Instant lastUpdate, long views,
		long downloads, List<String> formats, List<String> schemas, double qualityScore) {

	public static final String LINKABLE_TYPE = "catalog-dataset";

	public static final List<String> BADGES = List.of("spd", "hvd");

	public static final List<String> VISIBILITIES = List.of("draft", "private", "public");

	public boolean isPublic() {
		return "public".equals(visibility);
	}

	public boolean archived() {
		return archivedAt != null;
	}

	public String path() {
		return "/catalogue/jeux/" + slug;
	}

	public Licence licenceOrUnknown() {
		return Licence.of(licence).orElse(Licence.NOT_SPECIFIED);
	}

	/** A copy to change a few fields of. */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.id = id;
		b.slug = slug;
		b.title = title;
		b.acronym = acronym;
		b.description = description;
		b.organisationId = organisationId;
		b.organisationName = organisationName;
		b.tags = tags;
		b.licence = licence;
		b.frequency = frequency;
		b.temporalStart = temporalStart;
		b.temporalEnd = temporalEnd;
		b.spatialZones = spatialZones;
		b.spatialGranularity = spatialGranularity;
		b.badges = badges;
		b.visibility = visibility;
		b.archivedAt = archivedAt;
		b.origin = origin;
		b.platformDataset = platformDataset;
		b.harvestSourceId = harvestSourceId;
		b.remoteId = remoteId;
		b.remoteUri = remoteUri;
		b.createdAt = createdAt;
		b.lastModified = lastModified;
		b.lastUpdate = lastUpdate;
		b.views = views;
		b.downloads = downloads;
		b.formats = formats;
		b.schemas = schemas;
		b.qualityScore = qualityScore;
		return b;
	}

	/** Mutable copy of a dataset's fields, for the code that derives one dataset from another. */
	public static final class Builder {
		public UUID id;
		public String slug;
		public String title;
		public String acronym;
		public String description;
		public long organisationId;
		public String organisationName;
		public List<String> tags;
		public String licence;
		public String frequency;
		public LocalDate temporalStart;
		public LocalDate temporalEnd;
		public List<String> spatialZones;
		public String spatialGranularity;
		public List<String> badges;
		public String visibility;
		public Instant archivedAt;
		public String origin;
		public String platformDataset;
		public Long harvestSourceId;
		public String remoteId;
		public String remoteUri;
		public Instant createdAt;
		public Instant lastModified;
		public Instant lastUpdate;
		public long views;
		public long downloads;
		public List<String> formats;
		public List<String> schemas;
		public double qualityScore;

		public Dataset build() {
			return new Dataset(id, slug, title, acronym, description, organisationId, organisationName, tags, licence, frequency, temporalStart, temporalEnd, spatialZones, spatialGranularity, badges, visibility, archivedAt, origin, platformDataset, harvestSourceId, remoteId, remoteUri, createdAt, lastModified, lastUpdate, views, downloads, formats, schemas, qualityScore);
		}
	}
}
