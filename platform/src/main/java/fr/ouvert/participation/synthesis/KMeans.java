package fr.ouvert.participation.synthesis;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Lloyd's k-means with k-means++ initialisation, run several times from one fixed seed, keeping the run with the
 * lowest inertia: the same points always give the same clusters.
 *
 * @param assignment the cluster of each point, 0 to k − 1
 * @param centers the centre of each cluster
 * @param inertia the sum of squared distances of the points to their centre
 */
public record KMeans(int[] assignment, double[][] centers, double inertia) {

	/** The seed of every clustering of the platform, written down so that anyone can run it again. */
	public static final long SEED = 20_140_618L;

	public static final int RESTARTS = 50;

	private static final int MAX_ITERATIONS = 300;

	public static KMeans cluster(double[][] points, int k) {
		return cluster(points, k, RESTARTS, SEED);
	}

	public static KMeans cluster(double[][] points, int k, int restarts, long seed) {
		if (k < 1 || k > points.length) {
			throw new IllegalArgumentException("Cannot make " + k + " clusters of " + points.length + " points");
		}
		SplittableRandom random = new SplittableRandom(seed);
		KMeans best = null;
		for (int run = 0; run < restarts; run++) {
			KMeans candidate = lloyd(points, initialCenters(points, k, random));
			if (best == null || candidate.inertia < best.inertia - 1e-9) {
				best = candidate;
			}
		}
		return best;
	}

	private static double[][] initialCenters(double[][] points, int k, SplittableRandom random) {
		double[][] centers = new double[k][];
		centers[0] = points[random.nextInt(points.length)].clone();
		double[] distances = new double[points.length];
		for (int c = 1; c < k; c++) {
			double total = 0;
			for (int i = 0; i < points.length; i++) {
				double nearest = Double.MAX_VALUE;
				for (int previous = 0; previous < c; previous++) {
					nearest = Math.min(nearest, squaredDistance(points[i], centers[previous]));
				}
				distances[i] = nearest;
				total += nearest;
			}
			int chosen = 0;
			if (total > 0) {
				double target = random.nextDouble() * total;
				double cumulated = 0;
				for (chosen = 0; chosen < points.length - 1; chosen++) {
					cumulated += distances[chosen];
					if (cumulated >= target) {
						break;
					}
				}
			}
			else {
				chosen = random.nextInt(points.length);
			}
			centers[c] = points[chosen].clone();
		}
		return centers;
	}

	private static KMeans lloyd(double[][] points, double[][] centers) {
		int k = centers.length;
		int dimensions = points[0].length;
		int[] assignment = new int[points.length];
		Arrays.fill(assignment, -1);
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			boolean changed = false;
			for (int i = 0; i < points.length; i++) {
				int nearest = nearest(points[i], centers);
				if (nearest != assignment[i]) {
					assignment[i] = nearest;
					changed = true;
				}
			}
			if (!changed) {
				break;
			}
			double[][] sums = new double[k][dimensions];
			int[] sizes = new int[k];
			for (int i = 0; i < points.length; i++) {
				sizes[assignment[i]]++;
				for (int d = 0; d < dimensions; d++) {
					sums[assignment[i]][d] += points[i][d];
				}
			}
			for (int c = 0; c < k; c++) {
				if (sizes[c] == 0) {
					// An empty cluster takes the point farthest from its centre.
					int farthest = 0;
					double farthestDistance = -1;
					for (int i = 0; i < points.length; i++) {
						double distance = squaredDistance(points[i], centers[assignment[i]]);
						if (distance > farthestDistance) {
							farthestDistance = distance;
							farthest = i;
						}
					}
					centers[c] = points[farthest].clone();
					assignment[farthest] = c;
				}
				else {
					for (int d = 0; d < dimensions; d++) {
						centers[c][d] = sums[c][d] / sizes[c];
					}
				}
			}
		}
		double inertia = 0;
		for (int i = 0; i < points.length; i++) {
			inertia += squaredDistance(points[i], centers[assignment[i]]);
		}
		return new KMeans(assignment, centers, inertia);
	}

	static int nearest(double[] point, double[][] centers) {
		int nearest = 0;
		double nearestDistance = Double.MAX_VALUE;
		for (int c = 0; c < centers.length; c++) {
			double distance = squaredDistance(point, centers[c]);
			if (distance < nearestDistance) {
				nearestDistance = distance;
				nearest = c;
			}
		}
		return nearest;
	}

	static double squaredDistance(double[] a, double[] b) {
		double sum = 0;
		for (int d = 0; d < a.length; d++) {
			double difference = a[d] - b[d];
			sum += difference * difference;
		}
		return sum;
	}

	/**
	 * The mean silhouette of a clustering: for each point, (b − a) / max(a, b) with a the mean distance to its own
	 * cluster and b the mean distance to the nearest other cluster (0 for a point alone in its cluster).
	 */
	public static double silhouette(double[][] points, int[] assignment, int k) {
		double total = 0;
		int[] sizes = new int[k];
		for (int cluster : assignment) {
			sizes[cluster]++;
		}
		for (int i = 0; i < points.length; i++) {
			if (sizes[assignment[i]] <= 1) {
				continue;
			}
			double[] sums = new double[k];
			for (int j = 0; j < points.length; j++) {
				if (i != j) {
					sums[assignment[j]] += Math.sqrt(squaredDistance(points[i], points[j]));
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
			total += denominator == 0 ? 0 : (other - own) / denominator;
		}
		return total / points.length;
	}
}
