package fr.ouvert.participation.synthesis;

/**
 * Agree, disagree and seen counts of each statement within each opinion group: what representative and consensus
 * statements are computed from.
 */
final class GroupVotes {

	final int groupCount;
	final int[][] agrees;
	final int[][] disagrees;
	final int[][] seen;

	GroupVotes(VoteMatrix matrix, int[] groupOfRow, int groupCount) {
		if (groupOfRow.length != matrix.participantCount()) {
			throw new IllegalArgumentException(groupOfRow.length + " group assignments for "
					+ matrix.participantCount() + " participants");
		}
		this.groupCount = groupCount;
		int columns = matrix.statementCount();
		agrees = new int[groupCount][columns];
		disagrees = new int[groupCount][columns];
		seen = new int[groupCount][columns];
		for (int i = 0; i < groupOfRow.length; i++) {
			int group = groupOfRow[i];
			if (group < 0) {
				continue;
			}
			for (int j = 0; j < columns; j++) {
				if (matrix.seen(i, j)) {
					seen[group][j]++;
					double vote = matrix.vote(i, j);
					if (vote > 0) {
						agrees[group][j]++;
					}
					else if (vote < 0) {
						disagrees[group][j]++;
					}
				}
			}
		}
	}

	int statementCount() {
		return seen.length == 0 ? 0 : seen[0].length;
	}
}
