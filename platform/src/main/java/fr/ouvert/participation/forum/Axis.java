package fr.ouvert.participation.forum;

import java.util.List;

/**
 * A work axis (atelier): a question worked on at a forum and possibly taken up again at later ones.
 *
 * @param description Markdown
 * @param commitments numbers of the action plan's commitments the axis relates to
 */
public record Axis(long id, String title, String description, List<Integer> commitments) {
}
