package fr.ouvert.catalog.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The values of each facet numbered across the segments of one index reader (global ordinals, in
 * the order of the values), so that a search counts into one array per facet and turns only its
 * top values back into text. Built once per reader: after a rebuild the index has one segment and
 * the numbering is the segment's own; each change adds a small segment until merges fold it in.
 */
final class FacetOrdinals {

	private final IndexReader.CacheKey reader;

	private final List<LeafReaderContext> leaves;

	private final List<String> fields;

	/** Per facet: the map across segments, or null with one segment (or none). */
	private final OrdinalMap[] maps;

	private final int[] valueCounts;

	private FacetOrdinals(IndexReader reader, List<String> fields) throws IOException {
		this.reader = reader.getReaderCacheHelper().getKey();
		this.leaves = reader.leaves();
		this.fields = fields;
		this.maps = new OrdinalMap[fields.size()];
		this.valueCounts = new int[fields.size()];
		for (int f = 0; f < fields.size(); f++) {
			if (leaves.size() == 1) {
				valueCounts[f] = Math.toIntExact(values(0, f).getValueCount());
			}
			else if (leaves.size() > 1) {
				SortedSetDocValues[] perLeaf = new SortedSetDocValues[leaves.size()];
				for (int leaf = 0; leaf < perLeaf.length; leaf++) {
					perLeaf[leaf] = values(leaf, f);
				}
				maps[f] = OrdinalMap.build(this.reader, perLeaf, PackedInts.DEFAULT);
				valueCounts[f] = Math.toIntExact(maps[f].getValueCount());
			}
		}
	}

	/** The numbering of this reader's facet values: the one given if it is this reader's, else a new one. */
	static FacetOrdinals of(IndexReader reader, List<String> fields, FacetOrdinals known) throws IOException {
		if (known != null && known.reader == reader.getReaderCacheHelper().getKey()) {
			return known;
		}
		return new FacetOrdinals(reader, fields);
	}

	int facets() {
		return fields.size();
	}

	int valueCount(int facet) {
		return valueCounts[facet];
	}

	/** The values of a facet in one segment, read afresh (doc values iterate forward only). */
	SortedSetDocValues values(int leaf, int facet) throws IOException {
		return DocValues.getSortedSet(leaves.get(leaf).reader(), fields.get(facet));
	}

	LongValues globalOrdinals(int leaf, int facet) {
		return maps[facet] == null ? LongValues.IDENTITY : maps[facet].getGlobalOrds(leaf);
	}

	String value(int facet, int globalOrdinal) throws IOException {
		BytesRef value = maps[facet] == null ? values(0, facet).lookupOrd(globalOrdinal)
				: values(maps[facet].getFirstSegmentNumber(globalOrdinal), facet)
					.lookupOrd(maps[facet].getFirstSegmentOrd(globalOrdinal));
		return value.utf8ToString();
	}
}
