package fr.ouvert.catalog.search;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * The relevance of a match: its text score multiplied by the static part of the relevance
 * ({@link DatasetDocuments#STATIC_RANK}, quality and popularity), as the PostgreSQL search ranked
 * {@code ts_rank × (1 + ln(1 + views) / 10 + quality_score)}. Used as a sort, so that the top
 * datasets are chosen on the combined value.
 */
final class Relevance extends DoubleValuesSource {

	static final Relevance INSTANCE = new Relevance();

	private Relevance() {
	}

	@Override
	public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
		NumericDocValues staticRank = DocValues.getNumeric(context.reader(), DatasetDocuments.STATIC_RANK);
		return new DoubleValues() {
			private double value;

			@Override
			public double doubleValue() {
				return value;
			}

			@Override
			public boolean advanceExact(int doc) throws IOException {
				double score = scores.advanceExact(doc) ? scores.doubleValue() : 0;
				double rank = staticRank.advanceExact(doc) ? Double.longBitsToDouble(staticRank.longValue()) : 1;
				value = score * rank;
				return true;
			}
		};
	}

	@Override
	public boolean needsScores() {
		return true;
	}

	@Override
	public DoubleValuesSource rewrite(IndexSearcher searcher) {
		return this;
	}

	@Override
	public boolean isCacheable(LeafReaderContext context) {
		return false;
	}

	@Override
	public int hashCode() {
		return Relevance.class.hashCode();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Relevance;
	}

	@Override
	public String toString() {
		return "score × " + DatasetDocuments.STATIC_RANK;
	}
}
