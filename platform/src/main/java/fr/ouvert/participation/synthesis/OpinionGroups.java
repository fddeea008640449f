package fr.ouvert.participation.synthesis;

import java.util.List;
import java.util.Map;

/**
 * The opinion groups of a conversation: who is in which group, what each group stands for, and what all groups
 * agree on.
 *
 * @param voters participants with at least one vote
 * @param inConversation participants with enough votes to be placed (Pol.is: at least min(7, statements))
 * @param statements statements voted on by the participants in conversation (the columns of the analysis)
 * @param explainedVariance share of the variance carried by each of the two principal components
 * @param silhouetteByK mean silhouette of each k tried (only the fixed k when one was given)
 * @param groups the groups, the largest first; empty when fewer than 3 participants are in conversation
 * @param members each participant in conversation, with their position on the two components and their group
 * @param consensus every statement ranked by group-aware consensus, the most consensual first
 */
public record OpinionGroups(int voters, int inConversation, int statements, double[] explainedVariance,
		Map<Integer, Double> silhouetteByK, List<Group> groups, List<Member> members,
		List<GroupConsensus.Scored> consensus) {

	public record Group(int id, int size, List<Representativeness.Statement> representative) {
	}

	public record Member(long participant, double x, double y, int group) {
	}

	/** The number of groups (0 when nobody could be placed). */
	public int k() {
		return groups.size();
	}

	/** The group of each member, in the order of {@link #members()}. */
	public int[] assignment() {
		return members.stream().mapToInt(Member::group).toArray();
	}
}
