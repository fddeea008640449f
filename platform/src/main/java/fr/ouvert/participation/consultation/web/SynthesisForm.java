package fr.ouvert.participation.consultation.web;

/** The synthesis form as typed: its texts, and whether to show the opinion groups and topic clusters with it. */
public record SynthesisForm(String body, String method, boolean opinionGroups, boolean topicClusters) {
}
