package fr.ouvert.participation.synthesis;

import java.util.HashMap;
import java.util.Map;

/**
 * Hubert and Arabie's adjusted Rand index of two partitions of the same items: 1 when they are identical (up to the
 * names of the groups), about 0 for unrelated partitions.
 */
public final class AdjustedRandIndex {

	private AdjustedRandIndex() {
	}

	public static double of(int[] first, int[] second) {
		if (first.length != second.length) {
			throw new IllegalArgumentException("Partitions of " + first.length + " and " + second.length + " items");
		}
		Map<Long, Integer> cells = new HashMap<>();
		Map<Integer, Integer> rows = new HashMap<>();
		Map<Integer, Integer> columns = new HashMap<>();
		for (int i = 0; i < first.length; i++) {
			cells.merge(((long) first[i] << 32) ^ (second[i] & 0xffffffffL), 1, Integer::sum);
			rows.merge(first[i], 1, Integer::sum);
			columns.merge(second[i], 1, Integer::sum);
		}
		double index = cells.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
		double rowPairs = rows.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
		double columnPairs = columns.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
		double expected = rowPairs * columnPairs / pairs(first.length);
		double maximum = (rowPairs + columnPairs) / 2;
		if (maximum == expected) {
			return 1;
		}
		return (index - expected) / (maximum - expected);
	}

	private static double pairs(int n) {
		return n * (n - 1) / 2.0;
	}
}
