package fr.ouvert.participation.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Near-duplicate contributions, to expose copy-paste campaigns (the COEPIA rule: weigh arguments, not
 * mobilisation). Each text becomes the set of its word 3-shingles (lower case, accents folded); MinHash signatures
 * ({@value #HASHES} hashes in {@value #BANDS} bands) propose candidate pairs, and a pair is kept when the exact
 * Jaccard similarity of the shingle sets reaches {@link #THRESHOLD}. Groups are the connected pairs.
 */
public final class NearDuplicates {

	/** A group of near-duplicate contributions, its first (lowest) id standing for the others. */
	public record Group(long representative, List<Long> contributions) {

		public int size() {
			return contributions.size();
		}
	}

	public static final double THRESHOLD = 0.6;

	static final int SHINGLE = 3;
	static final int HASHES = 64;
	static final int BANDS = 16;

	private NearDuplicates() {
	}

	/** The groups of two or more near-duplicates, the largest first (ties: the lowest representative first). */
	public static List<Group> find(List<Contribution> contributions) {
		int n = contributions.size();
		List<long[]> shingles = new ArrayList<>(n);
		long[][] signatures = new long[n][];
		for (Contribution contribution : contributions) {
			long[] set = shingles(contribution.text());
			shingles.add(set);
			signatures[shingles.size() - 1] = signature(set);
		}
		int[] parent = new int[n];
		Arrays.setAll(parent, i -> i);
		int rows = HASHES / BANDS;
		for (int band = 0; band < BANDS; band++) {
			Map<List<Long>, List<Integer>> buckets = new HashMap<>();
			for (int i = 0; i < n; i++) {
				if (shingles.get(i).length == 0) {
					continue;
				}
				Long[] key = new Long[rows];
				for (int r = 0; r < rows; r++) {
					key[r] = signatures[i][band * rows + r];
				}
				buckets.computeIfAbsent(List.of(key), k -> new ArrayList<>()).add(i);
			}
			for (List<Integer> bucket : buckets.values()) {
				// Each text joins the first leader of the bucket it resembles, or leads: a campaign of thousands of
				// copies costs one comparison per copy, not one per pair.
				List<Integer> leaders = new ArrayList<>();
				for (int member : bucket) {
					boolean joined = false;
					for (int leader : leaders) {
						if (find(parent, leader) == find(parent, member)
								|| jaccard(shingles.get(leader), shingles.get(member)) >= THRESHOLD) {
							parent[find(parent, member)] = find(parent, leader);
							joined = true;
							break;
						}
					}
					if (!joined) {
						leaders.add(member);
					}
				}
			}
		}
		Map<Integer, List<Long>> groups = new TreeMap<>();
		for (int i = 0; i < n; i++) {
			groups.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(contributions.get(i).id());
		}
		return groups.values()
			.stream()
			.filter(ids -> ids.size() > 1)
			.map(ids -> {
				List<Long> sorted = ids.stream().sorted().toList();
				return new Group(sorted.get(0), sorted);
			})
			.sorted(Comparator.comparingInt(Group::size).reversed().thenComparingLong(Group::representative))
			.toList();
	}

	/** The Jaccard similarity of the shingle sets of two texts. */
	public static double similarity(String first, String second) {
		return jaccard(shingles(first), shingles(second));
	}

	/** The sorted, distinct hashes of the word shingles of a text (the whole text as one shingle when shorter). */
	static long[] shingles(String text) {
		List<String> words = FrenchTerms.words(text);
		if (words.isEmpty()) {
			return new long[0];
		}
		int count = Math.max(1, words.size() - SHINGLE + 1);
		long[] hashes = new long[count];
		for (int s = 0; s < count; s++) {
			long hash = 0x9E3779B97F4A7C15L;
			for (int w = s; w < Math.min(words.size(), s + SHINGLE); w++) {
				hash = mix(hash ^ words.get(w).hashCode());
			}
			hashes[s] = hash;
		}
		return Arrays.stream(hashes).sorted().distinct().toArray();
	}

	private static long[] signature(long[] shingles) {
		long[] signature = new long[HASHES];
		Arrays.fill(signature, Long.MAX_VALUE);
		for (long shingle : shingles) {
			for (int h = 0; h < HASHES; h++) {
				signature[h] = Math.min(signature[h], mix(shingle + h * 0x632BE59BD9B4E019L));
			}
		}
		return signature;
	}

	/** SplitMix64's finaliser: a fixed, well-spread hash. */
	private static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static double jaccard(long[] first, long[] second) {
		if (first.length == 0 && second.length == 0) {
			return 0;
		}
		int common = 0;
		int i = 0;
		int j = 0;
		while (i < first.length && j < second.length) {
			if (first[i] == second[j]) {
				common++;
				i++;
				j++;
			}
			else if (first[i] < second[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return (double) common / (first.length + second.length - common);
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}
}
