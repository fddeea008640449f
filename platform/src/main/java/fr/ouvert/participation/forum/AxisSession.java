package fr.ouvert.participation.forum;

import java.time.Instant;

/**
 * An axis at one forum: its place in the programme and the restitution given to the plenary.
 *
 * @param restitution Markdown, or {@code null} until written
 * @param threads threads of the axis (over all its forums) the public sees
 */
public record AxisSession(Forum forum, Axis axis, int position, String restitution, Instant restitutionUpdatedAt,
		long threads) {

	public String path() {
		return forum.path() + "/axes/" + axis.id();
	}
}
