package fr.ouvert.participation.synthesis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts the synthesis of a consultation from what was contributed: opinion groups of the statement votes, topic
 * clusters and near-duplicates of the proposals and of each free-text question. Hidden statements and proposals
 * are left out, as Pol.is leaves out moderated comments. Read in one read-only transaction, so counts and analyses
 * describe the same moment.
 */
@Service
public class SynthesisHelpers {

	static final int CONSENSUS_SHOWN = 5;
	static final int QUOTE_LENGTH = 300;

	private final JdbcClient jdbc;
	private final Clock clock;

	SynthesisHelpers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SynthesisDraft draft(long consultationId) {
		Map<Long, String> statements = new LinkedHashMap<>();
		jdbc.sql("select id, body from participation_statement where consultation_id = ? and hidden_at is null order by id")
			.param(consultationId)
			.query(rs -> {
				statements.put(rs.getLong(1), rs.getString(2));
			});
		VoteMatrix.Builder builder = VoteMatrix.builder();
		statements.keySet().forEach(builder::statement);
		int[] voteCount = { 0 };
		jdbc.sql("""
				select v.account_id, v.statement_id, v.vote from participation_statement_vote v
				join participation_statement s on s.id = v.statement_id
				where s.consultation_id = ? and s.hidden_at is null""")
			.param(consultationId)
			.query(rs -> {
				builder.vote(rs.getLong(1), rs.getLong(2), rs.getInt(3));
				voteCount[0]++;
			});
		VoteMatrix votes = builder.build();
		SynthesisDraft.Opinions opinions = opinions(OpinionGroupAnalysis.analyse(votes), statements);

		List<Contribution> proposals = new ArrayList<>();
		long[] supports = { 0 };
		jdbc.sql("""
				select id, title, body, support_count from participation_proposal
				where consultation_id = ? and hidden_at is null order by id""")
			.param(consultationId)
			.query(rs -> {
				proposals.add(new Contribution(rs.getLong(1), rs.getString(2) + "\n\n" + rs.getString(3)));
				supports[0] += rs.getInt(4);
			});
		List<SynthesisDraft.TextSynthesis> texts = new ArrayList<>();
		if (!proposals.isEmpty()) {
			texts.add(text("proposals", null, null, proposals));
		}
		Map<Long, String> questions = new LinkedHashMap<>();
		jdbc.sql("select id, label from participation_question where consultation_id = ? and kind = 'text' order by position")
			.param(consultationId)
			.query(rs -> {
				questions.put(rs.getLong(1), rs.getString(2));
			});
		int answers = 0;
		for (Map.Entry<Long, String> question : questions.entrySet()) {
			List<Contribution> answered = new ArrayList<>();
			jdbc.sql("""
					select text_value from participation_answer
					where question_id = ? and length(trim(coalesce(text_value, ''))) > 0
					order by answered_at, account_id""")
				.param(question.getKey())
				.query(rs -> {
					answered.add(new Contribution(answered.size() + 1, rs.getString(1)));
				});
			answers += answered.size();
			if (!answered.isEmpty()) {
				texts.add(text("question", question.getKey(), question.getValue(), answered));
			}
		}
		SynthesisDraft.Counts counts = new SynthesisDraft.Counts(statements.size(), voteCount[0],
				votes.participantCount(), proposals.size(), supports[0], answers);
		return new SynthesisDraft(consultationId, clock.instant(), counts, opinions, texts);
	}

	private static SynthesisDraft.Opinions opinions(OpinionGroups analysis, Map<Long, String> statements) {
		List<SynthesisDraft.Group> groups = analysis.groups()
			.stream()
			.map(group -> new SynthesisDraft.Group(group.id(), group.size(), group.representative()
				.stream()
				.map(r -> new SynthesisDraft.RepresentativeStatement(r.statement(), statements.get(r.statement()),
						r.direction() == Representativeness.Direction.AGREE ? "agree" : "disagree", r.probability(),
						r.agrees(), r.disagrees(), r.seen(), r.significant()))
				.toList()))
			.toList();
		List<SynthesisDraft.ConsensusStatement> consensus = analysis.consensus()
			.stream()
			.limit(CONSENSUS_SHOWN)
			.map(c -> new SynthesisDraft.ConsensusStatement(c.statement(), statements.get(c.statement()),
					c.consensus()))
			.toList();
		return new SynthesisDraft.Opinions(analysis.inConversation(), analysis.k(), analysis.explainedVariance(), groups,
				consensus);
	}

	private static SynthesisDraft.TextSynthesis text(String source, Long questionId, String title,
			List<Contribution> contributions) {
		Map<Long, String> byId = new HashMap<>();
		contributions.forEach(c -> byId.put(c.id(), c.text()));
		List<NearDuplicates.Group> duplicates = NearDuplicates.find(contributions);
		TopicClusters clusters = TopicClustering.cluster(contributions, duplicates);
		List<SynthesisDraft.Topic> topics = clusters.topics()
			.stream()
			.map(topic -> new SynthesisDraft.Topic(topic.id(), topic.labels(), topic.size(), topic.distinct(),
					quote(topic.central(), byId), topic.examples().stream().map(id -> quote(id, byId)).toList()))
			.toList();
		List<SynthesisDraft.DuplicateGroup> groups = duplicates.stream()
			.map(group -> new SynthesisDraft.DuplicateGroup(group.size(), quote(group.representative(), byId),
					group.contributions()))
			.toList();
		return new SynthesisDraft.TextSynthesis(source, questionId, title, contributions.size(),
				clusters.distinctTexts(), topics, groups);
	}

	private static SynthesisDraft.Quote quote(long id, Map<Long, String> texts) {
		String text = texts.get(id).strip().replaceAll("\\s+", " ");
		return new SynthesisDraft.Quote(id, text.length() > QUOTE_LENGTH ? text.substring(0, QUOTE_LENGTH - 1) + "…" : text);
	}
}
