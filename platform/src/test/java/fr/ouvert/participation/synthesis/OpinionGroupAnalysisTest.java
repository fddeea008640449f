package fr.ouvert.participation.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The Java port against Pol.is's own groups on its open data (domain reference §11.2): the adjusted Rand index of
 * our groups with k = 2 against {@code group-id}, computed over the participants in conversation that Pol.is placed.
 */
class OpinionGroupAnalysisTest {

	@Test
	void seattleGroupsMatchPolisWithTwoGroups() throws IOException {
		PolisExport seattle = PolisConversations.read(PolisConversations.SEATTLE);
		OpinionGroups groups = OpinionGroupAnalysis.analyse(seattle.votes(), 2);

		assertThat(groups.inConversation()).isEqualTo(138);
		assertThat(groups.statements()).isEqualTo(30);
		int[][] compared = seattle.comparableGroups(groups);
		double ari = AdjustedRandIndex.of(compared[0], compared[1]);
		System.out.printf("Seattle: ARI %.3f, groups %s%n", ari, groups.groups().stream().map(OpinionGroups.Group::size).toList());
		assertThat(ari).isGreaterThanOrEqualTo(0.75);
	}

	@Test
	void brexitGroupsMatchPolisWithTwoGroups() throws IOException {
		PolisExport brexit = PolisConversations.read(PolisConversations.BREXIT);
		OpinionGroups groups = OpinionGroupAnalysis.analyse(brexit.votes(), 2);

		assertThat(groups.inConversation()).isEqualTo(189);
		assertThat(groups.statements()).isEqualTo(50);
		int[][] compared = brexit.comparableGroups(groups);
		double ari = AdjustedRandIndex.of(compared[0], compared[1]);
		System.out.printf("Brexit: ARI %.3f, groups %s%n", ari, groups.groups().stream().map(OpinionGroups.Group::size).toList());
		assertThat(ari).isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void groupsDoNotDependOnTheSeed() throws IOException {
		PolisExport seattle = PolisConversations.read(PolisConversations.SEATTLE);
		OpinionGroups reference = OpinionGroupAnalysis.analyse(seattle.votes(), 2);
		for (long seed = 1; seed <= 5; seed++) {
			OpinionGroups other = OpinionGroupAnalysis.analyse(seattle.votes(), 2, seed);
			assertThat(AdjustedRandIndex.of(reference.assignment(), other.assignment())).as("seed %d", seed).isEqualTo(1.0);
		}
	}

	@Test
	void seattleGroupsAreChosenBySilhouetteWhenKIsNotGiven() throws IOException {
		OpinionGroups groups = OpinionGroupAnalysis.analyse(PolisConversations.read(PolisConversations.SEATTLE).votes());

		assertThat(groups.silhouetteByK()).containsOnlyKeys(2, 3, 4, 5);
		double best = groups.silhouetteByK().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		assertThat(groups.silhouetteByK().get(groups.k())).isEqualTo(best);
		assertThat(groups.groups()).extracting(OpinionGroups.Group::size)
			.isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(groups.groups().stream().mapToInt(OpinionGroups.Group::size).sum()).isEqualTo(138);
	}

	@Test
	void brexitGroupsAreRepresentedByTheLabourStatements() throws IOException {
		PolisExport brexit = PolisConversations.read(PolisConversations.BREXIT);
		OpinionGroups groups = OpinionGroupAnalysis.analyse(brexit.votes(), 2);

		// "Labour should oppose the Brexit process" (8) against "Labour was right to support the article 50 vote" (7),
		// as in the public case study.
		assertThat(groups.groups()).allSatisfy(group -> assertThat(group.representative()).isNotEmpty()
			.allMatch(Representativeness.Statement::significant));
		assertThat(groups.groups()).extracting(group -> group.representative().get(0).statement())
			.containsExactlyInAnyOrder(8L, 7L);
		assertThat(groups.groups()).extracting(group -> group.representative().get(0).direction())
			.containsOnly(Representativeness.Direction.AGREE);
	}

	@Test
	void londonExportWithAnXidColumnAndRejectedCommentsIsRead() throws IOException {
		PolisExport london = PolisConversations.read(PolisConversations.LONDON);

		assertThat(london.comments()).hasSize(39);
		assertThat(london.votes().statementCount()).isEqualTo(36);
		assertThat(london.polisGroups()).hasSize(24).containsValues(0, 1, 2);
		assertThat(OpinionGroupAnalysis.analyse(london.votes(), 3).groups()).hasSize(3);
	}

	@Test
	void brexitConsensusWithPolisGroups() throws IOException {
		PolisExport brexit = PolisConversations.read(PolisConversations.BREXIT);
		VoteMatrix votes = brexit.votes();
		int[] polisGroups = new int[votes.participantCount()];
		for (int i = 0; i < polisGroups.length; i++) {
			polisGroups[i] = brexit.polisGroups().getOrDefault(votes.participant(i), -1);
		}
		List<GroupConsensus.Scored> ranked = GroupConsensus.rank(votes, polisGroups, 2);
		assertThat(ranked.subList(0, 3)).extracting(GroupConsensus.Scored::statement).containsExactlyInAnyOrder(14L, 19L, 1L);
	}
}
