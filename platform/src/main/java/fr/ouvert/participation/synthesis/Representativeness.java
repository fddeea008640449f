package fr.ouvert.participation.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pol.is's representative statements of each opinion group ({@code math/repness.clj}). For a group g and a
 * statement, with na agreements, nd disagreements and ns votes in g:
 * <ul>
 * <li>pa = (na + 1) / (ns + 2), the Laplace-smoothed share of agreement;</li>
 * <li>pat = 2·√(ns + 1)·((na + 1) / (ns + 1) − ½), a one-proportion z-test of pa against ½;</li>
 * <li>ra = pa / ((na' + 1) / (ns' + 2)) with na', ns' the counts of all the other groups together;</li>
 * <li>rat, a two-proportion z-test of the group against the others (every count incremented by 1).</li>
 * </ul>
 * The same with nd for disagreement. A statement represents the group when both tests pass at 90 % one-sided
 * (z > 1.2816) in one direction; the ranking is ra·rat·pa·pat, agreements first, at most {@value #PER_GROUP} per
 * group and at least one (the best, even when no test passes).
 */
public final class Representativeness {

	public static final double Z_90 = 1.2816;

	public static final int PER_GROUP = 5;

	/** How a group stands on a representative statement, compared with the others. */
	public enum Direction {
		AGREE, DISAGREE
	}

	/**
	 * @param probability pa or pd of the direction
	 * @param representativeness ra or rd
	 * @param probabilityTest pat or pdt
	 * @param representativenessTest rat or rdt
	 * @param significant whether both tests pass at 90 %
	 */
	public record Statement(long statement, Direction direction, int agrees, int disagrees, int seen,
			double probability, double representativeness, double probabilityTest, double representativenessTest,
			boolean significant) {

		double metric() {
			return representativeness * representativenessTest * probability * probabilityTest;
		}
	}

	private Representativeness() {
	}

	/** The representative statements of each group, index = group. */
	public static List<List<Statement>> of(VoteMatrix matrix, int[] groupOfRow, int groupCount) {
		GroupVotes counts = new GroupVotes(matrix, groupOfRow, groupCount);
		List<List<Statement>> result = new ArrayList<>();
		for (int g = 0; g < groupCount; g++) {
			List<Statement> significant = new ArrayList<>();
			Statement best = null;
			for (int j = 0; j < counts.statementCount(); j++) {
				Statement candidate = stronger(statement(matrix, counts, g, j, Direction.AGREE),
						statement(matrix, counts, g, j, Direction.DISAGREE));
				if (candidate.significant()) {
					significant.add(candidate);
				}
				if (candidate.seen() > 0 && (best == null || fallbackRank(candidate) > fallbackRank(best))) {
					best = candidate;
				}
			}
			significant.sort(Comparator.comparing(Statement::direction)
					.thenComparing(Comparator.comparingDouble(Statement::metric).reversed())
					.thenComparingLong(Statement::statement));
			if (significant.isEmpty() && best != null) {
				significant.add(best);
			}
			result.add(List.copyOf(significant.subList(0, Math.min(PER_GROUP, significant.size()))));
		}
		return result;
	}

	/**
	 * How to pick the one statement of a group where no test passes: the metric when both tests lean the group's
	 * way (two negative tests would make it positive too), else the two-proportion test alone, below any of those.
	 */
	private static double fallbackRank(Statement statement) {
		if (statement.probabilityTest() > 0 && statement.representativenessTest() > 0) {
			return statement.metric();
		}
		return Math.min(0, statement.representativenessTest()) - 1e6;
	}

	private static Statement stronger(Statement agree, Statement disagree) {
		if (agree.significant() != disagree.significant()) {
			return agree.significant() ? agree : disagree;
		}
		return disagree.metric() > agree.metric() ? disagree : agree;
	}

	private static Statement statement(VoteMatrix matrix, GroupVotes counts, int group, int column,
			Direction direction) {
		int[][] successes = direction == Direction.AGREE ? counts.agrees : counts.disagrees;
		int success = successes[group][column];
		int seen = counts.seen[group][column];
		int otherSuccess = 0;
		int otherSeen = 0;
		for (int g = 0; g < counts.groupCount; g++) {
			if (g != group) {
				otherSuccess += successes[g][column];
				otherSeen += counts.seen[g][column];
			}
		}
		double probability = (success + 1.0) / (seen + 2.0);
		double probabilityTest = 2 * Math.sqrt(seen + 1.0) * ((success + 1.0) / (seen + 1.0) - 0.5);
		double representativeness = probability / ((otherSuccess + 1.0) / (otherSeen + 2.0));
		double representativenessTest = twoProportionTest(success, otherSuccess, seen, otherSeen);
		boolean significant = probabilityTest > Z_90 && representativenessTest > Z_90;
		return new Statement(matrix.statement(column), direction, counts.agrees[group][column],
				counts.disagrees[group][column], seen, probability, representativeness, probabilityTest,
				representativenessTest, significant);
	}

	/** Pol.is's {@code two-prop-test}: every count incremented by one, pooled proportion. */
	static double twoProportionTest(int successIn, int successOut, int populationIn, int populationOut) {
		double si = successIn + 1.0;
		double so = successOut + 1.0;
		double pi = populationIn + 1.0;
		double po = populationOut + 1.0;
		double pooled = (si + so) / (pi + po);
		if (pooled >= 1) {
			return 0;
		}
		return (si / pi - so / po) / Math.sqrt(pooled * (1 - pooled) * (1 / pi + 1 / po));
	}
}
