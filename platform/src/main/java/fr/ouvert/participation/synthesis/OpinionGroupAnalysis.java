package fr.ouvert.participation.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Opinion groups as Pol.is computes them, in one stage: participants in conversation (at least min(7, statements)
 * votes), PCA with two components on the mean-imputed matrix, sparsity-aware projection, k-means on the projected
 * participants (k-means++ from {@link KMeans#SEED}, {@value KMeans#RESTARTS} restarts, the lowest inertia kept), k
 * chosen by the mean silhouette in 2..5 unless given, then representative statements and group-aware consensus.
 * Pol.is's two-stage clustering (100 base clusters, then groups) and its smoothing of k over successive runs are
 * left out: they serve a conversation that is recomputed at each vote, not one analysis at the end.
 */
public final class OpinionGroupAnalysis {

	public static final int MIN_VOTES = 7;
	public static final int MIN_K = 2;
	public static final int MAX_K = 5;

	/** Silhouettes are computed on at most this many participants (every n-th one), the cost being quadratic. */
	static final int SILHOUETTE_SAMPLE = 4000;

	private OpinionGroupAnalysis() {
	}

	/** k chosen by silhouette in 2..5. */
	public static OpinionGroups analyse(VoteMatrix votes) {
		return analyse(votes, 0);
	}

	/** @param fixedK the number of groups, or 0 to choose it by silhouette in 2..5 */
	public static OpinionGroups analyse(VoteMatrix votes, int fixedK) {
		return analyse(votes, fixedK, KMeans.SEED);
	}

	/** The same with another seed for k-means++, to check that the groups do not depend on it. */
	static OpinionGroups analyse(VoteMatrix votes, int fixedK, long seed) {
		if (fixedK != 0 && (fixedK < MIN_K || fixedK > 20)) {
			throw new IllegalArgumentException("k = " + fixedK + ": give a number of groups between 2 and 20");
		}
		VoteMatrix conversation = inConversation(votes);
		int n = conversation.participantCount();
		PrincipalComponents pca = PrincipalComponents.of(conversation, 2);
		double[][] positions = new double[n][];
		for (int i = 0; i < n; i++) {
			positions[i] = pca.project(conversation, i);
		}
		Map<Integer, Double> silhouettes = new LinkedHashMap<>();
		int[] assignment = new int[n];
		int k = 0;
		if (n >= 3) {
			KMeans chosen = null;
			int lowest = fixedK != 0 ? Math.min(fixedK, n - 1) : MIN_K;
			int highest = fixedK != 0 ? Math.min(fixedK, n - 1) : Math.min(MAX_K, n - 1);
			double bestSilhouette = Double.NEGATIVE_INFINITY;
			for (int candidateK = lowest; candidateK <= highest; candidateK++) {
				KMeans clustering = KMeans.cluster(positions, candidateK, KMeans.RESTARTS, seed);
				double silhouette = sampledSilhouette(positions, clustering.assignment(), candidateK);
				silhouettes.put(candidateK, silhouette);
				if (silhouette > bestSilhouette + 1e-12) {
					bestSilhouette = silhouette;
					chosen = clustering;
					k = candidateK;
				}
			}
			assignment = largestFirst(chosen.assignment(), k);
		}
		List<OpinionGroups.Member> members = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			members.add(new OpinionGroups.Member(conversation.participant(i), positions[i][0], positions[i][1],
					k == 0 ? -1 : assignment[i]));
		}
		List<OpinionGroups.Group> groups = new ArrayList<>();
		List<GroupConsensus.Scored> consensus = List.of();
		if (k > 0) {
			List<List<Representativeness.Statement>> representative = Representativeness.of(conversation, assignment,
					k);
			int[] sizes = new int[k];
			for (int group : assignment) {
				sizes[group]++;
			}
			for (int g = 0; g < k; g++) {
				groups.add(new OpinionGroups.Group(g, sizes[g], representative.get(g)));
			}
			consensus = GroupConsensus.rank(conversation, assignment, k);
		}
		return new OpinionGroups(votes.participantCount(), n, conversation.statementCount(),
				pca.explainedVariance(), silhouettes, groups, members, consensus);
	}

	/**
	 * The participants with at least min(7, statements) votes, and the statements at least one of them voted on.
	 */
	public static VoteMatrix inConversation(VoteMatrix votes) {
		int[] votedStatements = IntStream.range(0, votes.statementCount())
				.filter(j -> votes.columnVoteCount(j) > 0)
				.toArray();
		VoteMatrix voted = votes.select(IntStream.range(0, votes.participantCount()).toArray(), votedStatements);
		int threshold = Math.min(MIN_VOTES, voted.statementCount());
		int[] rows = IntStream.range(0, voted.participantCount())
				.filter(i -> voted.voteCount(i) >= Math.max(threshold, 1))
				.toArray();
		VoteMatrix placed = voted.select(rows, IntStream.range(0, voted.statementCount()).toArray());
		int[] columns = IntStream.range(0, placed.statementCount()).filter(j -> placed.columnVoteCount(j) > 0).toArray();
		return placed.select(IntStream.range(0, placed.participantCount()).toArray(), columns);
	}

	private static double sampledSilhouette(double[][] positions, int[] assignment, int k) {
		if (positions.length <= SILHOUETTE_SAMPLE) {
			return KMeans.silhouette(positions, assignment, k);
		}
		int step = (positions.length + SILHOUETTE_SAMPLE - 1) / SILHOUETTE_SAMPLE;
		int[] sample = IntStream.iterate(0, i -> i < positions.length, i -> i + step).toArray();
		double[][] sampledPositions = new double[sample.length][];
		int[] sampledAssignment = new int[sample.length];
		for (int s = 0; s < sample.length; s++) {
			sampledPositions[s] = positions[sample[s]];
			sampledAssignment[s] = assignment[sample[s]];
		}
		return KMeans.silhouette(sampledPositions, sampledAssignment, k);
	}

	/** Renames the clusters so that group 0 is the largest (ties: the lower former number first). */
	private static int[] largestFirst(int[] assignment, int k) {
		int[] sizes = new int[k];
		for (int cluster : assignment) {
			sizes[cluster]++;
		}
		Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.<Integer>comparingInt(c -> -sizes[c]).thenComparingInt(c -> c));
		int[] renamed = new int[k];
		for (int position = 0; position < k; position++) {
			renamed[order[position]] = position;
		}
		return Arrays.stream(assignment).map(c -> renamed[c]).toArray();
	}
}
