package fr.ouvert.participation.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pol.is's group-aware consensus: {@code ∏_groups (A_g + 1) / (S_g + 2)}, with A_g the agreements and S_g the votes
 * seen in group g. It is high only when every group agrees, whatever the groups' sizes.
 */
public final class GroupConsensus {

	/** A statement and its group-aware consensus, between 0 and 1. */
	public record Scored(long statement, double consensus) {
	}

	private GroupConsensus() {
	}

	/** Every statement, the most consensual first (ties by statement id). */
	public static List<Scored> rank(VoteMatrix matrix, int[] groupOfRow, int groupCount) {
		GroupVotes counts = new GroupVotes(matrix, groupOfRow, groupCount);
		List<Scored> scored = new ArrayList<>();
		for (int j = 0; j < matrix.statementCount(); j++) {
			double product = 1;
			for (int g = 0; g < groupCount; g++) {
				product *= (counts.agrees[g][j] + 1.0) / (counts.seen[g][j] + 2.0);
			}
			scored.add(new Scored(matrix.statement(j), product));
		}
		scored.sort(Comparator.comparingDouble(Scored::consensus).reversed().thenComparingLong(Scored::statement));
		return scored;
	}
}
