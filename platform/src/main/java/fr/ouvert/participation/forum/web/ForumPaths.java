package fr.ouvert.participation.forum.web;

/** Where a form may send people back to: only the subscriptions page, never another site. */
final class ForumPaths {

	static final String SUBSCRIPTIONS = "/forums/abonnements";

	private ForumPaths() {
	}

	static boolean isSubscriptions(String path) {
		return SUBSCRIPTIONS.equals(path);
	}
}
