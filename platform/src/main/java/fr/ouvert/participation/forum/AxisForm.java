package fr.ouvert.participation.forum;

/**
 * A new work axis as typed in its form.
 *
 * @param commitments numbers of plan commitments, separated by commas or spaces (may be empty)
 */
public record AxisForm(String title, String description, String commitments) {

	public static AxisForm empty() {
		return new AxisForm("", "", "");
	}
}
