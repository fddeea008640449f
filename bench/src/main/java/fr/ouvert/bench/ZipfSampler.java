package fr.ouvert.bench;

import java.util.Arrays;
import java.util.Random;
import java.util.random.RandomGenerator;

/** Draws indexes with given weights (binary search in the cumulative weights); {@link #of} gives Zipf's law. */
final class ZipfSampler {

	private final double[] cumulative;

	ZipfSampler(double[] weights) {
		cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			cumulative[i] = sum;
		}
	}

	/** Rank {@code r} (from 0) has weight {@code 1 / (r + 1)^exponent}. */
	static ZipfSampler of(int size, double exponent) {
		double[] weights = new double[size];
		for (int r = 0; r < size; r++) {
			weights[r] = 1 / Math.pow(r + 1, exponent);
		}
		return new ZipfSampler(weights);
	}

	static int weighted(double[] weights, Random random) {
		double u = random.nextDouble() * Arrays.stream(weights).sum();
		for (int i = 0; i < weights.length; i++) {
			u -= weights[i];
			if (u < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	int next(RandomGenerator random) {
		int i = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
		return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
	}
}
