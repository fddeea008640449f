package fr.ouvert.participation.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Topic clusters of free-text contributions. Near-duplicates count as one text (the campaign's weight shows in the
 * topic's size, not in its shape); each distinct text becomes a TF-IDF vector of French stems ({@link FrenchTerms};
 * sublinear tf, smoothed idf, unit length; stems in one text only are dropped from ten texts on); spherical k-means
 * (cosine; k-means++ from {@link KMeans#SEED}, {@value #RESTARTS} restarts, the highest cohesion kept) for k in
 * 2..{@value #MAX_TOPICS}, the k with the best mean cosine silhouette kept. Labels are the top words by c-TF-IDF
 * (tf of the word in the topic × log(1 + average words per topic / frequency of the word in all topics)), shown as
 * the word most often written for the stem; the central contribution is the one most similar to the centroid.
 */
public final class TopicClustering {

	public static final int MAX_TOPICS = 10;
	static final int RESTARTS = 10;
	static final int LABELS = 5;
	static final int EXAMPLES = 3;
	static final int SILHOUETTE_SAMPLE = 1500;
	private static final int MAX_ITERATIONS = 100;

	/** A unit-length sparse vector: term indexes ascending, with their weights. */
	private record Vector(int[] terms, double[] weights) {

		double dot(double[] dense) {
			double sum = 0;
			for (int t = 0; t < terms.length; t++) {
				sum += weights[t] * dense[terms[t]];
			}
			return sum;
		}

		double dot(Vector other) {
			double sum = 0;
			int i = 0;
			int j = 0;
			while (i < terms.length && j < other.terms.length) {
				if (terms[i] == other.terms[j]) {
					sum += weights[i++] * other.weights[j++];
				}
				else if (terms[i] < other.terms[j]) {
					i++;
				}
				else {
					j++;
				}
			}
			return sum;
		}
	}

	private TopicClustering() {
	}

	public static TopicClusters cluster(List<Contribution> contributions, List<NearDuplicates.Group> duplicates) {
		Map<Long, List<Long>> copiesByRepresentative = new HashMap<>();
		Map<Long, Long> representativeOf = new HashMap<>();
		for (NearDuplicates.Group group : duplicates) {
			copiesByRepresentative.put(group.representative(), group.contributions());
			group.contributions().forEach(id -> representativeOf.put(id, group.representative()));
		}
		List<Contribution> distinct = contributions.stream()
			.filter(c -> representativeOf.getOrDefault(c.id(), c.id()) == c.id())
			.toList();
		if (distinct.isEmpty()) {
			return new TopicClusters(contributions.size(), 0, Map.of(), List.of());
		}
		List<List<FrenchTerms.Term>> terms = distinct.stream().map(c -> FrenchTerms.terms(c.text())).toList();
		Map<String, Integer> vocabulary = vocabulary(terms);
		Vector[] vectors = vectors(terms, vocabulary);
		int n = vectors.length;
		Map<Integer, Double> silhouettes = new LinkedHashMap<>();
		int[] chosen = new int[n];
		int k = 1;
		if (n >= 4) {
			double best = Double.NEGATIVE_INFINITY;
			for (int candidate = 2; candidate <= Math.min(MAX_TOPICS, n / 2); candidate++) {
				int[] clusters = sphericalKMeans(vectors, vocabulary.size(), candidate);
				double silhouette = silhouette(vectors, clusters, candidate);
				silhouettes.put(candidate, silhouette);
				if (silhouette > best + 1e-12) {
					best = silhouette;
					chosen = clusters;
					k = candidate;
				}
			}
		}
		int[] assignment = chosen;
		List<TopicClusters.Topic> topics = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			int cluster = c;
			int[] rows = IntStream.range(0, n).filter(i -> assignment[i] == cluster).toArray();
			if (rows.length == 0) {
				continue;
			}
			double[] centroid = centroid(vectors, rows, vocabulary.size());
			Integer[] byCentrality = Arrays.stream(rows).boxed().toArray(Integer[]::new);
			Arrays.sort(byCentrality, Comparator.<Integer>comparingDouble(i -> -vectors[i].dot(centroid))
				.thenComparingLong(i -> distinct.get(i).id()));
			List<Long> members = new ArrayList<>();
			for (int row : rows) {
				members.addAll(copiesByRepresentative.getOrDefault(distinct.get(row).id(), List.of(distinct.get(row).id())));
			}
			members.sort(Comparator.naturalOrder());
			topics.add(new TopicClusters.Topic(0, labels(terms, assignment, cluster, k), members.size(), rows.length,
					distinct.get(byCentrality[0]).id(),
					Arrays.stream(byCentrality).limit(EXAMPLES).map(i -> distinct.get(i).id()).toList(),
					List.copyOf(members)));
		}
		topics.sort(Comparator.comparingInt(TopicClusters.Topic::size).reversed()
			.thenComparingLong(TopicClusters.Topic::central));
		List<TopicClusters.Topic> numbered = IntStream.range(0, topics.size())
			.mapToObj(i -> {
				TopicClusters.Topic t = topics.get(i);
				return new TopicClusters.Topic(i, t.labels(), t.size(), t.distinct(), t.central(), t.examples(),
						t.members());
			})
			.toList();
		return new TopicClusters(contributions.size(), n, silhouettes, numbered);
	}

	private static Map<String, Integer> vocabulary(List<List<FrenchTerms.Term>> terms) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (List<FrenchTerms.Term> text : terms) {
			text.stream().map(FrenchTerms.Term::stem).distinct().forEach(s -> documentFrequency.merge(s, 1, Integer::sum));
		}
		int minimum = terms.size() >= 10 ? 2 : 1;
		Map<String, Integer> vocabulary = new HashMap<>();
		documentFrequency.entrySet()
			.stream()
			.filter(e -> e.getValue() >= minimum)
			.map(Map.Entry::getKey)
			.sorted()
			.forEach(stem -> vocabulary.put(stem, vocabulary.size()));
		return vocabulary;
	}

	private static Vector[] vectors(List<List<FrenchTerms.Term>> terms, Map<String, Integer> vocabulary) {
		int n = terms.size();
		int[] documentFrequency = new int[vocabulary.size()];
		List<Map<Integer, Integer>> counts = new ArrayList<>();
		for (List<FrenchTerms.Term> text : terms) {
			Map<Integer, Integer> count = new HashMap<>();
			for (FrenchTerms.Term term : text) {
				Integer index = vocabulary.get(term.stem());
				if (index != null) {
					count.merge(index, 1, Integer::sum);
				}
			}
			count.keySet().forEach(index -> documentFrequency[index]++);
			counts.add(count);
		}
		Vector[] vectors = new Vector[n];
		for (int i = 0; i < n; i++) {
			int[] indexes = counts.get(i).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
			double[] weights = new double[indexes.length];
			double norm = 0;
			for (int t = 0; t < indexes.length; t++) {
				double tf = 1 + Math.log(counts.get(i).get(indexes[t]));
				double idf = Math.log((1.0 + n) / (1.0 + documentFrequency[indexes[t]])) + 1;
				weights[t] = tf * idf;
				norm += weights[t] * weights[t];
			}
			norm = Math.sqrt(norm);
			for (int t = 0; t < weights.length; t++) {
				weights[t] /= norm;
			}
			vectors[i] = new Vector(indexes, weights);
		}
		return vectors;
	}

	private static int[] sphericalKMeans(Vector[] vectors, int dimensions, int k) {
		SplittableRandom random = new SplittableRandom(KMeans.SEED);
		int[] best = null;
		double bestCohesion = Double.NEGATIVE_INFINITY;
		for (int run = 0; run < RESTARTS; run++) {
			double[][] centroids = initialCentroids(vectors, dimensions, k, random);
			int[] assignment = new int[vectors.length];
			Arrays.fill(assignment, -1);
			double cohesion = 0;
			for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
				boolean changed = false;
				cohesion = 0;
				for (int i = 0; i < vectors.length; i++) {
					int nearest = 0;
					double nearestSimilarity = Double.NEGATIVE_INFINITY;
					for (int c = 0; c < k; c++) {
						double similarity = vectors[i].dot(centroids[c]);
						if (similarity > nearestSimilarity) {
							nearestSimilarity = similarity;
							nearest = c;
						}
					}
					cohesion += nearestSimilarity;
					if (assignment[i] != nearest) {
						assignment[i] = nearest;
						changed = true;
					}
				}
				if (!changed) {
					break;
				}
				for (int c = 0; c < k; c++) {
					int cluster = c;
					int[] rows = IntStream.range(0, vectors.length).filter(i -> assignment[i] == cluster).toArray();
					if (rows.length > 0) {
						centroids[c] = centroid(vectors, rows, dimensions);
					}
				}
			}
			if (cohesion > bestCohesion + 1e-9) {
				bestCohesion = cohesion;
				best = assignment;
			}
		}
		return best;
	}

	/** k-means++ on cosine distance. */
	private static double[][] initialCentroids(Vector[] vectors, int dimensions, int k, SplittableRandom random) {
		double[][] centroids = new double[k][];
		centroids[0] = dense(vectors[random.nextInt(vectors.length)], dimensions);
		double[] distances = new double[vectors.length];
		for (int c = 1; c < k; c++) {
			double total = 0;
			for (int i = 0; i < vectors.length; i++) {
				double nearest = Double.MAX_VALUE;
				for (int previous = 0; previous < c; previous++) {
					nearest = Math.min(nearest, Math.max(0, 1 - vectors[i].dot(centroids[previous])));
				}
				distances[i] = nearest * nearest;
				total += distances[i];
			}
			int chosen = random.nextInt(vectors.length);
			if (total > 0) {
				double target = random.nextDouble() * total;
				double cumulated = 0;
				for (chosen = 0; chosen < vectors.length - 1; chosen++) {
					cumulated += distances[chosen];
					if (cumulated >= target) {
						break;
					}
				}
			}
			centroids[c] = dense(vectors[chosen], dimensions);
		}
		return centroids;
	}

	private static double[] dense(Vector vector, int dimensions) {
		double[] dense = new double[dimensions];
		for (int t = 0; t < vector.terms.length; t++) {
			dense[vector.terms[t]] = vector.weights[t];
		}
		return dense;
	}

	/** The mean of the rows' vectors, scaled to unit length. */
	private static double[] centroid(Vector[] vectors, int[] rows, int dimensions) {
		double[] sum = new double[dimensions];
		for (int row : rows) {
			for (int t = 0; t < vectors[row].terms.length; t++) {
				sum[vectors[row].terms[t]] += vectors[row].weights[t];
			}
		}
		double norm = Math.sqrt(Arrays.stream(sum).map(v -> v * v).sum());
		if (norm > 0) {
			for (int d = 0; d < dimensions; d++) {
				sum[d] /= norm;
			}
		}
		return sum;
	}

	/** Mean silhouette with the cosine distance, on every n-th text beyond {@value #SILHOUETTE_SAMPLE}. */
	private static double silhouette(Vector[] vectors, int[] assignment, int k) {
		int step = Math.max(1, (vectors.length + SILHOUETTE_SAMPLE - 1) / SILHOUETTE_SAMPLE);
		int[] sample = IntStream.iterate(0, i -> i < vectors.length, i -> i + step).toArray();
		int[] sizes = new int[k];
		for (int i : sample) {
			sizes[assignment[i]]++;
		}
		double total = 0;
		for (int i : sample) {
			if (sizes[assignment[i]] <= 1) {
				continue;
			}
			double[] sums = new double[k];
			for (int j : sample) {
				if (i != j) {
					sums[assignment[j]] += 1 - vectors[i].dot(vectors[j]);
				}
			}
			double own = sums[assignment[i]] / (sizes[assignment[i]] - 1);
			double other = Double.MAX_VALUE;
			for (int c = 0; c < k; c++) {
				if (c != assignment[i] && sizes[c] > 0) {
					other = Math.min(other, sums[c] / sizes[c]);
				}
			}
			double denominator = Math.max(own, other);
			total += denominator == 0 || other == Double.MAX_VALUE ? 0 : (other - own) / denominator;
		}
		return total / sample.length;
	}

	/** The top words of a cluster by c-TF-IDF, each stem shown as the word most often written for it. */
	private static List<String> labels(List<List<FrenchTerms.Term>> terms, int[] assignment, int cluster, int k) {
		Map<String, Integer> inCluster = new HashMap<>();
		Map<String, Integer> everywhere = new HashMap<>();
		Map<String, Map<String, Integer>> writtenAs = new HashMap<>();
		int clusterTotal = 0;
		int total = 0;
		for (int i = 0; i < terms.size(); i++) {
			for (FrenchTerms.Term term : terms.get(i)) {
				everywhere.merge(term.stem(), 1, Integer::sum);
				total++;
				if (assignment[i] == cluster) {
					inCluster.merge(term.stem(), 1, Integer::sum);
					writtenAs.computeIfAbsent(term.stem(), s -> new HashMap<>()).merge(term.word(), 1, Integer::sum);
					clusterTotal++;
				}
			}
		}
		double averagePerCluster = (double) total / k;
		int size = clusterTotal;
		return inCluster.entrySet()
			.stream()
			.sorted(Comparator.<Map.Entry<String, Integer>>comparingDouble(
					e -> -(double) e.getValue() / size * Math.log(1 + averagePerCluster / everywhere.get(e.getKey())))
				.thenComparing(Map.Entry::getKey))
			.limit(LABELS)
			.map(e -> writtenAs.get(e.getKey())
				.entrySet()
				.stream()
				.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
				.orElseThrow()
				.getKey())
			.toList();
	}
}
