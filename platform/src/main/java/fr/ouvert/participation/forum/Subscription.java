package fr.ouvert.participation.forum;

/**
 * What a person follows, as their subscriptions page lists it: an axis (new threads) or a thread
 * (new replies).
 *
 * @param target {@code axis} or {@code thread}
 * @param path the followed page, under the forum where it was followed
 */
public record Subscription(String target, long targetId, String title, String path) {
}
