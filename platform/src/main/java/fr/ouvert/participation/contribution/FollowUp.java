package fr.ouvert.participation.contribution;

import java.time.Instant;

/**
 * The administration's decision on a proposal, once the consultation's follow-ups are published.
 *
 * @param decision {@code accepted}, {@code partly}, {@code rejected} or {@code under-study}
 * @param explanation Markdown
 */
public record FollowUp(String decision, String explanation, Instant createdAt) {
}
