package fr.ouvert.catalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Counts, over every match, the values of each facet from their doc values, by global ordinal in
 * one array per facet; only the top values are turned back into text. The counts are exact.
 */
final class FacetCounts implements Collector {

	private final FacetOrdinals ordinals;

	private final List<String> facets;

	private final int[][] counts;

	FacetCounts(FacetOrdinals ordinals, List<String> facets) {
		this.ordinals = ordinals;
		this.facets = facets;
		this.counts = new int[ordinals.facets()][];
		for (int f = 0; f < counts.length; f++) {
			counts[f] = new int[ordinals.valueCount(f)];
		}
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		SortedSetDocValues[] values = new SortedSetDocValues[counts.length];
		LongValues[] global = new LongValues[counts.length];
		for (int f = 0; f < counts.length; f++) {
			values[f] = ordinals.values(context.ord, f);
			global[f] = ordinals.globalOrdinals(context.ord, f);
		}
		return new LeafCollector() {
			@Override
			public void setScorer(Scorable scorer) {
				// counts only
			}

			@Override
			public void collect(int doc) throws IOException {
				for (int f = 0; f < values.length; f++) {
					SortedSetDocValues facet = values[f];
					if (facet.advanceExact(doc)) {
						int[] facetCounts = counts[f];
						LongValues toGlobal = global[f];
						for (int n = facet.docValueCount(); n > 0; n--) {
							facetCounts[(int) toGlobal.get(facet.nextOrd())]++;
						}
					}
				}
			}
		};
	}

	/**
	 * The {@code size} most frequent values of each facet, most frequent first, then in the order
	 * of the values (as text). An organisation's value carries its name, which becomes the label.
	 */
	Map<String, List<IndexHits.FacetCount>> top(int size) throws IOException {
		Map<String, List<IndexHits.FacetCount>> top = new LinkedHashMap<>();
		for (int f = 0; f < counts.length; f++) {
			List<IndexHits.FacetCount> values = new ArrayList<>(size);
			for (int ordinal : topOrdinals(counts[f], size)) {
				String value = ordinals.value(f, ordinal);
				int separator = value.indexOf(DatasetDocuments.LABEL_SEPARATOR);
				values.add(separator < 0 ? new IndexHits.FacetCount(value, value, counts[f][ordinal])
						: new IndexHits.FacetCount(value.substring(0, separator), value.substring(separator + 1),
								counts[f][ordinal]));
			}
			top.put(facets.get(f), List.copyOf(values));
		}
		return top;
	}

	/** The ordinals of the {@code size} largest counts, largest first; equal counts by ordinal. */
	private static int[] topOrdinals(int[] counts, int size) {
		int[] top = new int[size];
		int found = 0;
		for (int ordinal = 0; ordinal < counts.length; ordinal++) {
			int count = counts[ordinal];
			if (count == 0 || (found == size && count <= counts[top[found - 1]])) {
				continue;
			}
			int at = found == size ? size - 1 : found++;
			while (at > 0 && counts[top[at - 1]] < count) {
				top[at] = top[at - 1];
				at--;
			}
			top[at] = ordinal;
		}
		return Arrays.copyOf(top, found);
	}
}
