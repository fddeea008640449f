package fr.ouvert.participation.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The z-tests of Pol.is's repness on counts small enough to check by hand. */
class RepresentativenessTest {

	@Test
	void twoAgreeingAgainstTwoDisagreeingPassesBothTests() {
		// Group 0: 2 agree of 2; group 1: 2 disagree of 2.
		VoteMatrix votes = VoteMatrix.builder().vote(1, 10, 1).vote(2, 10, 1).vote(3, 10, -1).vote(4, 10, -1).build();

		List<List<Representativeness.Statement>> groups = Representativeness.of(votes, new int[] { 0, 0, 1, 1 }, 2);

		Representativeness.Statement first = groups.get(0).get(0);
		assertThat(first.direction()).isEqualTo(Representativeness.Direction.AGREE);
		assertThat(first.probability()).isEqualTo(0.75); // (2 + 1) / (2 + 2)
		assertThat(first.probabilityTest()).isCloseTo(2 * Math.sqrt(3) * (3.0 / 3 - 0.5), within(1e-12));
		assertThat(first.representativeness()).isEqualTo(0.75 / 0.25); // pa / ((0 + 1) / (2 + 2))
		// (3/3 − 1/3) / sqrt(4/6 · 2/6 · (1/3 + 1/3))
		assertThat(first.representativenessTest()).isCloseTo((2.0 / 3) / Math.sqrt(4.0 / 6 * 2 / 6 * 2 / 3), within(1e-12));
		assertThat(first.significant()).isTrue();
		assertThat(groups.get(1).get(0).direction()).isEqualTo(Representativeness.Direction.DISAGREE);
	}

	@Test
	void aGroupWhereNoTestPassesStillShowsItsBestStatementMarkedNotSignificant() {
		// One person per group: the two-proportion test is (1 − 1/2) / sqrt(3/4 · 1/4 · 1) ≈ 1.15 < 1.2816.
		VoteMatrix votes = VoteMatrix.builder().vote(1, 10, 1).vote(2, 10, -1).build();

		List<List<Representativeness.Statement>> groups = Representativeness.of(votes, new int[] { 0, 1 }, 2);

		assertThat(groups).allSatisfy(group -> assertThat(group).singleElement()
			.satisfies(statement -> assertThat(statement.significant()).isFalse()));
		assertThat(groups.get(0).get(0).direction()).isEqualTo(Representativeness.Direction.AGREE);
		assertThat(groups.get(1).get(0).direction()).isEqualTo(Representativeness.Direction.DISAGREE);
		assertThat(groups.get(0).get(0).representativenessTest()).isCloseTo(0.5 / Math.sqrt(0.75 * 0.25), within(1e-12));
	}

	@Test
	void groupAwareConsensusIsTheProductOverGroups() {
		VoteMatrix votes = VoteMatrix.builder().vote(1, 10, 1).vote(2, 10, 1).vote(3, 10, 1).vote(3, 11, -1)
			.vote(1, 11, 1).build();

		List<GroupConsensus.Scored> ranked = GroupConsensus.rank(votes, new int[] { 0, 0, 1 }, 2);

		// Statement 10: (2+1)/(2+2) · (1+1)/(1+2) = 0.5; statement 11: (1+1)/(1+2) · (0+1)/(1+2) = 2/9.
		assertThat(ranked).extracting(GroupConsensus.Scored::statement).containsExactly(10L, 11L);
		assertThat(ranked.get(0).consensus()).isCloseTo(0.5, within(1e-12));
		assertThat(ranked.get(1).consensus()).isCloseTo(2.0 / 9, within(1e-12));
	}

	@Test
	void adjustedRandIndexIsOneForTheSamePartitionUnderOtherNamesAndZeroOnAverageByChance() {
		assertThat(AdjustedRandIndex.of(new int[] { 0, 0, 1, 1, 2 }, new int[] { 5, 5, 3, 3, 9 })).isEqualTo(1.0);
		// No pair kept together: index 0, expected 2 · 2 / 6, maximum 2, so (0 − 2/3) / (2 − 2/3) = −0.5.
		assertThat(AdjustedRandIndex.of(new int[] { 0, 0, 1, 1 }, new int[] { 0, 1, 0, 1 })).isCloseTo(-0.5, within(1e-12));
	}
}
