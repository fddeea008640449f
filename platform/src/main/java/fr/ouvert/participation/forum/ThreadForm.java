package fr.ouvert.participation.forum;

/** A new thread as typed in its form. */
public record ThreadForm(String title, String body) {

	public static ThreadForm empty() {
		return new ThreadForm("", "");
	}
}
