package fr.ouvert.participation.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** Topic clusters and near-duplicates on the French contributions of {@link FrenchContributions}. */
class TextSynthesisTest {

	private final List<Contribution> contributions = FrenchContributions.all();

	@Test
	void theCopyPasteCampaignIsOneGroupOfEightAndNothingElseIsADuplicate() {
		List<NearDuplicates.Group> groups = NearDuplicates.find(contributions);

		assertThat(groups).hasSize(1);
		assertThat(groups.get(0).contributions()).containsExactlyElementsOf(LongStream.rangeClosed(19, 26).boxed().toList());
		assertThat(groups.get(0).representative()).isEqualTo(19);
	}

	@Test
	void paraphrasesOnTheSameThemeAreNotNearDuplicates() {
		assertThat(NearDuplicates.similarity(FrenchContributions.CYCLING.get(0), FrenchContributions.CYCLING.get(3)))
			.isLessThan(0.2);
		assertThat(NearDuplicates.similarity(FrenchContributions.CAMPAIGN.get(0), FrenchContributions.CAMPAIGN.get(4)))
			.isGreaterThan(NearDuplicates.THRESHOLD);
	}

	@Test
	void topicsRecoverTheThreeThemesAndCountTheCampaignInItsTopic() {
		TopicClusters topics = TopicClustering.cluster(contributions, NearDuplicates.find(contributions));

		assertThat(topics.contributions()).isEqualTo(26);
		assertThat(topics.distinctTexts()).isEqualTo(19);
		assertThat(topics.topics()).hasSize(3);
		int[] expected = new int[26];
		int[] found = new int[26];
		for (TopicClusters.Topic topic : topics.topics()) {
			for (long id : topic.members()) {
				expected[(int) id - 1] = FrenchContributions.theme(id);
				found[(int) id - 1] = topic.id();
			}
		}
		assertThat(AdjustedRandIndex.of(expected, found)).isEqualTo(1.0);
		TopicClusters.Topic cycling = topics.topics().get(0);
		assertThat(cycling.size()).isEqualTo(14);
		assertThat(cycling.distinct()).isEqualTo(7);
		// Labels are words as written (accents kept), the strongest first; equal sizes are ordered by central id.
		assertThat(cycling.labels()).startsWith("pistes", "cyclables").contains("vélo");
		assertThat(topics.topics().get(1).labels()).startsWith("cantine", "repas").contains("enfants");
		assertThat(topics.topics().get(2).labels()).startsWith("logements", "loyers");
		assertThat(topics.topics()).allSatisfy(topic -> {
			assertThat(topic.examples()).hasSizeLessThanOrEqualTo(3).startsWith(topic.central());
			assertThat(topic.members()).contains(topic.central());
		});
	}
}
