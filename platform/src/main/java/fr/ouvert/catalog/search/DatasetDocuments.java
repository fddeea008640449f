package fr.ouvert.catalog.search;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * A public dataset row of PostgreSQL as a Lucene document: its words in three weighted fields,
 * its filters as exact terms, its facets and sorts as doc values (read off-heap from the
 * memory-mapped index).
 */
final class DatasetDocuments {

	/** The row of every public dataset, with what the index needs of it; {@code %s} adds a condition. */
	static final String SELECT = """
			select d.id, d.title, d.acronym, left(d.description, 20000) as description, d.organisation_id,
			       d.organisation_name, d.tags, d.licence, d.frequency, d.temporal_start, d.temporal_end, d.spatial_zones,
			       d.spatial_granularity, d.badges, d.archived_at is not null as archived, d.created_at, d.last_modified,
			       d.last_update, d.views, d.downloads, d.formats, d.schemas, d.quality_score,
			       (select count(*) from catalog_reuse_dataset rd where rd.dataset_id = d.id) as reuses
			from catalog_dataset d where d.visibility = 'public'%s""";

	static final String ID = "id";

	/** Words of the title and acronym (weight A of the former PostgreSQL search vector). */
	static final String TITLE = "title";

	/** Tags and organisation name (weight B). */
	static final String KEYWORDS = "keywords";

	/** The first 20,000 characters of the description (weight C). */
	static final String DESCRIPTION = "description";

	static final String ARCHIVED = "archived";

	static final String ORGANISATION = "organisation_id";

	static final String GRANULARITY = "granularity";

	static final String TEMPORAL_START = "temporal_start";

	/** The end of the temporal coverage, or its start when it has no end. */
	static final String TEMPORAL_END = "temporal_end";

	/**
	 * Quality and popularity, the static part of the relevance: {@code 1 + ln(1 + views) / 10 +
	 * quality_score}, by which the text score is multiplied.
	 */
	static final String STATIC_RANK = "static_rank";

	static final String TITLE_SORT = "title_sort";

	static final String CREATED = "created";

	static final String LAST_UPDATE = "last_update";

	static final String LAST_MODIFIED = "last_modified";

	static final String VIEWS = "views";

	static final String DOWNLOADS = "downloads";

	static final String QUALITY = "quality";

	static final String REUSES = "reuses";

	/** Doc values of a facet: {@code facet.<name>}. */
	static String facetField(String facet) {
		return "facet." + facet;
	}

	/** Separates an organisation's id from its name in the value of its facet. */
	static final char LABEL_SEPARATOR = '\u001f';

	private DatasetDocuments() {
	}

	static Document of(ResultSet rs) throws SQLException {
		Document doc = new Document();
		String id = rs.getString("id");
		doc.add(new StringField(ID, id, Field.Store.NO));
		doc.add(new SortedDocValuesField(ID, new BytesRef(id)));

		String title = rs.getString("title");
		String acronym = rs.getString("acronym");
		doc.add(new TextField(TITLE, acronym == null ? title : title + " " + acronym, Field.Store.NO));
		List<String> tags = strings(rs.getArray("tags"));
		String organisationName = rs.getString("organisation_name");
		doc.add(new TextField(KEYWORDS, String.join(" ", tags) + " " + organisationName, Field.Store.NO));
		doc.add(new TextField(DESCRIPTION, rs.getString("description"), Field.Store.NO));

		doc.add(new StringField(ARCHIVED, Boolean.toString(rs.getBoolean("archived")), Field.Store.NO));
		long organisation = rs.getLong("organisation_id");
		doc.add(new StringField(ORGANISATION, Long.toString(organisation), Field.Store.NO));
		facet(doc, "organization", organisation + String.valueOf(LABEL_SEPARATOR) + organisationName);
		for (String tag : tags) {
			facet(doc, "tag", tag);
		}
		facet(doc, "license", rs.getString("licence"));
		for (String format : strings(rs.getArray("formats"))) {
			facet(doc, "format", format);
		}
		for (String badge : strings(rs.getArray("badges"))) {
			facet(doc, "badge", badge);
		}
		for (String schema : strings(rs.getArray("schemas"))) {
			facet(doc, "schema", schema);
		}
		for (String zone : strings(rs.getArray("spatial_zones"))) {
			facet(doc, "geozone", zone);
		}
		String frequency = rs.getString("frequency");
		if (frequency != null) {
			facet(doc, "frequency", frequency);
		}
		String granularity = rs.getString("spatial_granularity");
		if (granularity != null) {
			doc.add(new StringField(GRANULARITY, granularity, Field.Store.NO));
		}
		Date start = rs.getDate("temporal_start");
		if (start != null) {
			Date end = rs.getDate("temporal_end");
			doc.add(new LongPoint(TEMPORAL_START, start.toLocalDate().toEpochDay()));
			doc.add(new LongPoint(TEMPORAL_END, (end == null ? start : end).toLocalDate().toEpochDay()));
		}

		long views = rs.getLong("views");
		double quality = rs.getDouble("quality_score");
		doc.add(new DoubleDocValuesField(STATIC_RANK, 1 + Math.log1p(views) / 10 + quality));
		doc.add(new SortedDocValuesField(TITLE_SORT, new BytesRef(sortKey(title))));
		doc.add(new NumericDocValuesField(CREATED, rs.getTimestamp("created_at").getTime()));
		doc.add(new NumericDocValuesField(LAST_UPDATE, rs.getTimestamp("last_update").getTime()));
		doc.add(new NumericDocValuesField(LAST_MODIFIED, rs.getTimestamp("last_modified").getTime()));
		doc.add(new NumericDocValuesField(VIEWS, views));
		doc.add(new NumericDocValuesField(DOWNLOADS, rs.getLong("downloads")));
		doc.add(new DoubleDocValuesField(QUALITY, quality));
		doc.add(new NumericDocValuesField(REUSES, rs.getLong("reuses")));
		return doc;
	}

	/** A facet value is also the exact term its filter looks for. */
	private static void facet(Document doc, String facet, String value) {
		String field = facetField(facet);
		doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
		if (!facet.equals("organization")) {
			doc.add(new StringField(field, value, Field.Store.NO));
		}
	}

	/** Titles sort as a reader expects: case and accents aside ("Énergie" among the E). */
	static String sortKey(String title) {
		return Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
