package fr.ouvert.participation.synthesis;

import java.time.Instant;
import java.util.List;

/**
 * What the synthesis helpers found in a consultation, for the agent who writes the synthesis: opinion groups from
 * the statement votes, topics and copy-paste campaigns in the proposals and in each free-text question. Every
 * quote carries the id of what it quotes (statement, proposal, or the answer's number within its question), so the
 * published synthesis stays traceable. Plain records: the platform's Jackson writes them in snake case (the jsonb columns of
 * {@code participation_synthesis} keep what the agent keeps).
 */
public record SynthesisDraft(long consultationId, Instant computedAt, Counts counts, Opinions opinions,
		List<TextSynthesis> texts) {

	/**
	 * @param statements visible statements
	 * @param statementVotes votes on them
	 * @param voters accounts that voted on at least one of them
	 * @param proposals visible proposals, contributions and amendments
	 * @param supports supports on them
	 * @param freeTextAnswers non-empty answers to free-text questions
	 */
	public record Counts(int statements, int statementVotes, int voters, int proposals, long supports,
			int freeTextAnswers) {
	}

	/**
	 * Opinion groups of the statement votes ({@link OpinionGroupAnalysis}); {@code k} is 0 when too few people voted
	 * enough to be placed.
	 *
	 * @param inConversation voters placed (at least min(7, statements) votes)
	 * @param explainedVariance share of the variance on the two axes
	 */
	public record Opinions(int inConversation, int k, double[] explainedVariance, List<Group> groups,
			List<ConsensusStatement> consensus) {
	}

	public record Group(int id, int size, List<RepresentativeStatement> representative) {
	}

	/**
	 * @param direction {@code agree} or {@code disagree}: how the group stands compared with the others
	 * @param share the group's smoothed share of that direction, (n + 1) / (seen + 2)
	 * @param significant whether Pol.is's two z-tests pass at 90 %
	 */
	public record RepresentativeStatement(long statementId, String text, String direction, double share, int agrees,
			int disagrees, int seen, boolean significant) {
	}

	/** @param consensus Pol.is's group-aware consensus, ∏ (A_g + 1) / (S_g + 2) */
	public record ConsensusStatement(long statementId, String text, double consensus) {
	}

	/**
	 * The topics and near-duplicates of one body of free text.
	 *
	 * @param source {@code proposals} or {@code question}
	 * @param questionId the question, for {@code question}
	 * @param title the question's label, for {@code question}
	 */
	public record TextSynthesis(String source, Long questionId, String title, int contributions, int distinctTexts,
			List<Topic> topics, List<DuplicateGroup> nearDuplicates) {
	}

	/** A topic: its label words, its size (copies included), distinct texts, and the texts closest to its centre. */
	public record Topic(int id, List<String> labels, int size, int distinct, Quote central, List<Quote> examples) {
	}

	/** Near-duplicates (a copy-paste campaign when large): how many, one of them quoted, and all their ids. */
	public record DuplicateGroup(int size, Quote representative, List<Long> ids) {
	}

	/** @param id the proposal's id, or the answer's number within its question (1 = the first answer given) */
	public record Quote(long id, String text) {
	}
}
