package fr.ouvert.catalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every match, the values of each facet from their doc values: per segment by
 * ordinal in an array, then by value once the segment is done. The counts are exact.
 */
final class FacetCounts implements Collector {

	private final List<String> facets;

	private final Map<String, Map<String, Long>> byValue = new LinkedHashMap<>();

	/** The segment being counted, folded into {@link #byValue} when the next one starts or at the end. */
	private SortedSetDocValues[] segmentValues;

	private int[][] segmentCounts;

	FacetCounts(List<String> facets) {
		this.facets = facets;
		facets.forEach(f -> byValue.put(f, new HashMap<>()));
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		foldSegment();
		SortedSetDocValues[] values = new SortedSetDocValues[facets.size()];
		int[][] counts = new int[facets.size()][];
		for (int i = 0; i < values.length; i++) {
			values[i] = DocValues.getSortedSet(context.reader(), DatasetDocuments.facetField(facets.get(i)));
			counts[i] = new int[Math.toIntExact(values[i].getValueCount())];
		}
		segmentValues = values;
		segmentCounts = counts;
		return new LeafCollector() {
			@Override
			public void setScorer(Scorable scorer) {
				// counts only
			}

			@Override
			public void collect(int doc) throws IOException {
				for (int i = 0; i < values.length; i++) {
					SortedSetDocValues facet = values[i];
					if (facet.advanceExact(doc)) {
						int[] facetCounts = counts[i];
						for (int n = facet.docValueCount(); n > 0; n--) {
							facetCounts[(int) facet.nextOrd()]++;
						}
					}
				}
			}
		};
	}

	private void foldSegment() throws IOException {
		if (segmentValues == null) {
			return;
		}
		for (int i = 0; i < segmentValues.length; i++) {
			Map<String, Long> counts = byValue.get(facets.get(i));
			int[] ordinals = segmentCounts[i];
			for (int ord = 0; ord < ordinals.length; ord++) {
				if (ordinals[ord] > 0) {
					counts.merge(segmentValues[i].lookupOrd(ord).utf8ToString(), (long) ordinals[ord], Long::sum);
				}
			}
		}
		segmentValues = null;
		segmentCounts = null;
	}

	/**
	 * The {@code size} most frequent values of each facet, most frequent first, then by value (as
	 * text). An organisation's value carries its name, which becomes the label.
	 */
	Map<String, List<IndexHits.FacetCount>> top(int size) throws IOException {
		foldSegment();
		Map<String, List<IndexHits.FacetCount>> top = new LinkedHashMap<>();
		byValue.forEach((facet, counts) -> {
			Map<String, IndexHits.FacetCount> merged = new HashMap<>();
			counts.forEach((value, count) -> {
				int separator = value.indexOf(DatasetDocuments.LABEL_SEPARATOR);
				String name = separator < 0 ? value : value.substring(0, separator);
				String label = separator < 0 ? value : value.substring(separator + 1);
				// An organisation renamed between two reindexings counts once, under its first name.
				merged.merge(name, new IndexHits.FacetCount(name, label, count), (a, b) -> new IndexHits.FacetCount(name,
						a.label().compareTo(b.label()) <= 0 ? a.label() : b.label(), a.count() + b.count()));
			});
			List<IndexHits.FacetCount> values = new ArrayList<>(merged.values());
			values.sort(Comparator.comparingLong(IndexHits.FacetCount::count).reversed()
				.thenComparing(IndexHits.FacetCount::value));
			top.put(facet, List.copyOf(values.subList(0, Math.min(size, values.size()))));
		});
		return top;
	}
}
