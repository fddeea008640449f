package fr.ouvert.participation.synthesis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Participants × statements votes as Pol.is exports them: {@code 1} agree, {@code -1} disagree, {@code 0} pass,
 * {@code NaN} when the participant did not vote on the statement. Rows and columns are sorted by id, so the same
 * votes always give the same matrix (and the same analysis).
 */
public final class VoteMatrix {

	private final long[] participants;
	private final long[] statements;
	private final double[][] votes;

	private VoteMatrix(long[] participants, long[] statements, double[][] votes) {
		this.participants = participants;
		this.statements = statements;
		this.votes = votes;
	}

	public static Builder builder() {
		return new Builder();
	}

	public int participantCount() {
		return participants.length;
	}

	public int statementCount() {
		return statements.length;
	}

	public long participant(int row) {
		return participants[row];
	}

	public long statement(int column) {
		return statements[column];
	}

	/** The vote of a row on a column: 1, -1, 0, or NaN when not seen. */
	public double vote(int row, int column) {
		return votes[row][column];
	}

	public boolean seen(int row, int column) {
		return !Double.isNaN(votes[row][column]);
	}

	public int voteCount(int row) {
		int count = 0;
		for (double vote : votes[row]) {
			if (!Double.isNaN(vote)) {
				count++;
			}
		}
		return count;
	}

	public int columnVoteCount(int column) {
		int count = 0;
		for (double[] row : votes) {
			if (!Double.isNaN(row[column])) {
				count++;
			}
		}
		return count;
	}

	/** The rows and columns given, in that order. */
	public VoteMatrix select(int[] rows, int[] columns) {
		long[] selectedParticipants = new long[rows.length];
		long[] selectedStatements = new long[columns.length];
		double[][] selected = new double[rows.length][columns.length];
		for (int j = 0; j < columns.length; j++) {
			selectedStatements[j] = statements[columns[j]];
		}
		for (int i = 0; i < rows.length; i++) {
			selectedParticipants[i] = participants[rows[i]];
			for (int j = 0; j < columns.length; j++) {
				selected[i][j] = votes[rows[i]][columns[j]];
			}
		}
		return new VoteMatrix(selectedParticipants, selectedStatements, selected);
	}

	/** The row of a participant, or -1. */
	public int rowOf(long participant) {
		int row = Arrays.binarySearch(participants, participant);
		return row >= 0 ? row : -1;
	}

	/** Collects votes one by one; a second vote of the same participant on the same statement replaces the first. */
	public static final class Builder {

		private final TreeSet<Long> statements = new TreeSet<>();
		private final TreeMap<Long, Map<Long, Integer>> votesByParticipant = new TreeMap<>();

		private Builder() {
		}

		/** Declares a statement, so that it has a column even when nobody voted on it. */
		public Builder statement(long statement) {
			statements.add(statement);
			return this;
		}

		public Builder vote(long participant, long statement, int vote) {
			if (vote < -1 || vote > 1) {
				throw new IllegalArgumentException("Vote " + vote + " of participant " + participant
						+ " on statement " + statement + " is not -1, 0 or 1");
			}
			statements.add(statement);
			votesByParticipant.computeIfAbsent(participant, p -> new HashMap<>()).put(statement, vote);
			return this;
		}

		public VoteMatrix build() {
			long[] statementIds = statements.stream().mapToLong(Long::longValue).toArray();
			long[] participantIds = votesByParticipant.keySet().stream().mapToLong(Long::longValue).toArray();
			double[][] votes = new double[participantIds.length][statementIds.length];
			int row = 0;
			for (Map<Long, Integer> participantVotes : votesByParticipant.values()) {
				double[] values = votes[row++];
				for (int j = 0; j < statementIds.length; j++) {
					Integer vote = participantVotes.get(statementIds[j]);
					values[j] = vote == null ? Double.NaN : vote;
				}
			}
			return new VoteMatrix(participantIds, statementIds, votes);
		}
	}
}
