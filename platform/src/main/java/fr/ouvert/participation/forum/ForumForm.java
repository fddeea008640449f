package fr.ouvert.participation.forum;

/**
 * A new forum as typed in its form.
 *
 * @param date {@code yyyy-MM-dd}
 * @param time {@code HH:mm}, Paris time
 * @param place the address, empty when online only
 * @param online ticked (a box left unticked sends nothing)
 */
public record ForumForm(String title, String theme, String date, String time, String place, Boolean online,
		String onlineUrl, String organisers, String description) {

	public boolean heldOnline() {
		return Boolean.TRUE.equals(online);
	}

	public static ForumForm empty() {
		return new ForumForm("", "", "", "18:30", "", false, "", "", "");
	}
}
