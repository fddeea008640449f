package fr.ouvert.participation.consultation;

import java.util.List;
import java.util.Optional;

import fr.ouvert.participation.synthesis.SynthesisDraft;
import fr.ouvert.participation.synthesis.SynthesisHelpers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * The analyses the agent may publish with a synthesis: drafted by the synthesis helpers (opinion groups of the
 * statement votes, topic clusters and near-duplicates of the free text), kept as JSON in
 * {@code participation_synthesis} when chosen, and read back for the public page. What is published is what the
 * agent saw when saving, not a later computation.
 */
@Component
public class SynthesisMaterial {

	private final SynthesisHelpers helpers;
	private final ObjectMapper json;

	SynthesisMaterial(SynthesisHelpers helpers, ObjectMapper json) {
		this.helpers = helpers;
		this.json = json;
	}

	public SynthesisDraft draft(long consultationId) {
		return helpers.draft(consultationId);
	}

	/** The opinion groups as stored, or {@code null} when there are none to show. */
	public String opinionGroupsJson(SynthesisDraft draft) {
		return draft.opinions() == null || draft.opinions().groups().isEmpty() ? null : json.writeValueAsString(draft.opinions());
	}

	/** The topic clusters and near-duplicates as stored, or {@code null} when there is no free text. */
	public String topicClustersJson(SynthesisDraft draft) {
		return draft.texts().isEmpty() ? null : json.writeValueAsString(draft.texts());
	}

	public Optional<SynthesisDraft.Opinions> opinionGroups(Consultations.Synthesis synthesis) {
		return Optional.ofNullable(synthesis.opinionGroupsJson())
			.map(text -> json.readValue(text, SynthesisDraft.Opinions.class));
	}

	public List<SynthesisDraft.TextSynthesis> topicClusters(Consultations.Synthesis synthesis) {
		return synthesis.topicClustersJson() == null ? List.of()
				: json.readValue(synthesis.topicClustersJson(), new TypeReference<List<SynthesisDraft.TextSynthesis>>() {
				});
	}
}
