package fr.ouvert.participation.synthesis;

import java.util.List;
import java.util.Map;

/**
 * Topics of free-text contributions.
 *
 * @param contributions the contributions analysed
 * @param distinctTexts the contributions left once near-duplicates count as one text
 * @param silhouetteByK mean cosine silhouette of each number of topics tried
 * @param topics the topics, the largest first (by contributions)
 */
public record TopicClusters(int contributions, int distinctTexts, Map<Integer, Double> silhouetteByK,
		List<Topic> topics) {

	/**
	 * @param labels the words that characterise the topic the most (c-TF-IDF), the first being the strongest
	 * @param size contributions in the topic, copies included
	 * @param distinct distinct texts in the topic (a group of near-duplicates counts once)
	 * @param central the contribution closest to the topic's centre: the extractive summary
	 * @param examples up to three contributions closest to the centre, the central one first
	 * @param members every contribution of the topic, copies included, by id
	 */
	public record Topic(int id, List<String> labels, int size, int distinct, long central, List<Long> examples,
			List<Long> members) {
	}
}
