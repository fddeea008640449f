package fr.ouvert.participation.synthesis;

/**
 * The first principal components of a vote matrix, as Pol.is computes them ({@code math/pca.clj}): missing votes
 * are replaced by their column's mean, the columns are centred, and each component is found by power iteration on
 * the covariance (Xᵀ·X), with Gram–Schmidt deflation against the components already found.
 *
 * @param center the mean vote of each column (over the participants who voted on it)
 * @param components unit vectors, one per component, in the columns' space
 * @param explainedVariance the share of the total variance carried by each component
 */
public record PrincipalComponents(double[] center, double[][] components, double[] explainedVariance) {

	private static final int MAX_ITERATIONS = 1000;
	private static final double TOLERANCE = 1e-12;

	public static PrincipalComponents of(VoteMatrix matrix, int componentCount) {
		int rows = matrix.participantCount();
		int columns = matrix.statementCount();
		double[] center = new double[columns];
		for (int j = 0; j < columns; j++) {
			double sum = 0;
			int count = 0;
			for (int i = 0; i < rows; i++) {
				if (matrix.seen(i, j)) {
					sum += matrix.vote(i, j);
					count++;
				}
			}
			center[j] = count == 0 ? 0 : sum / count;
		}
		// Centred, mean-imputed data: a missing vote becomes 0 after centring.
		double[][] centred = new double[rows][columns];
		double totalVariance = 0;
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < columns; j++) {
				double value = matrix.seen(i, j) ? matrix.vote(i, j) - center[j] : 0;
				centred[i][j] = value;
				totalVariance += value * value;
			}
		}
		double[][] components = new double[componentCount][];
		double[] explained = new double[componentCount];
		for (int c = 0; c < componentCount; c++) {
			double[] vector = startVector(columns, c);
			orthogonalise(vector, components, c);
			double eigenvalue = 0;
			for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
				double[] next = covarianceTimes(centred, vector);
				orthogonalise(next, components, c);
				double norm = norm(next);
				if (norm == 0) {
					break;
				}
				for (int j = 0; j < columns; j++) {
					next[j] /= norm;
				}
				double change = 0;
				for (int j = 0; j < columns; j++) {
					change += Math.abs(next[j] - vector[j]);
				}
				vector = next;
				eigenvalue = norm;
				if (change < TOLERANCE) {
					break;
				}
			}
			components[c] = vector;
			explained[c] = totalVariance == 0 ? 0 : eigenvalue / totalVariance;
		}
		return new PrincipalComponents(center, components, explained);
	}

	/**
	 * Pol.is's sparsity-aware projection of a participant: the dot product over the statements they voted on only,
	 * scaled by {@code sqrt(statements / votes)} so that participants who voted little are not pulled to the centre.
	 */
	public double[] project(VoteMatrix matrix, int row) {
		int columns = matrix.statementCount();
		double[] position = new double[components.length];
		int votes = 0;
		for (int j = 0; j < columns; j++) {
			if (matrix.seen(row, j)) {
				votes++;
				double centred = matrix.vote(row, j) - center[j];
				for (int c = 0; c < components.length; c++) {
					position[c] += centred * components[c][j];
				}
			}
		}
		double scale = Math.sqrt((double) columns / Math.max(votes, 1));
		for (int c = 0; c < position.length; c++) {
			position[c] *= scale;
		}
		return position;
	}

	/** A fixed, non-degenerate start: not orthogonal to any eigenvector in practice, and the same at every run. */
	private static double[] startVector(int size, int component) {
		double[] vector = new double[size];
		for (int j = 0; j < size; j++) {
			vector[j] = 1 + Math.sin(1 + j * 7.0 + component * 13.0) / 2;
		}
		return vector;
	}

	private static double[] covarianceTimes(double[][] centred, double[] vector) {
		int columns = vector.length;
		double[] result = new double[columns];
		for (double[] row : centred) {
			double dot = 0;
			for (int j = 0; j < columns; j++) {
				dot += row[j] * vector[j];
			}
			for (int j = 0; j < columns; j++) {
				result[j] += row[j] * dot;
			}
		}
		return result;
	}

	private static void orthogonalise(double[] vector, double[][] previous, int count) {
		for (int c = 0; c < count; c++) {
			double dot = 0;
			for (int j = 0; j < vector.length; j++) {
				dot += vector[j] * previous[c][j];
			}
			for (int j = 0; j < vector.length; j++) {
				vector[j] -= dot * previous[c][j];
			}
		}
	}

	private static double norm(double[] vector) {
		double sum = 0;
		for (double v : vector) {
			sum += v * v;
		}
		return Math.sqrt(sum);
	}
}
