package fr.ouvert.catalog.request;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where an opened dataset can be found: a web address in {@code https}, or a path of this
 * platform's catalog ({@code /catalogue/...}) or open data ({@code /donnees/...}).
 */
public final class DatasetLinks {

	static final int MAX_LENGTH = 2000;

	private DatasetLinks() {
	}

	public static boolean isValid(String link) {
		if (link == null || link.length() > MAX_LENGTH) {
			return false;
		}
		if (link.startsWith("/")) {
			return link.matches("/(catalogue|donnees)/[A-Za-z0-9._~%/-]+");
		}
		try {
			URI uri = new URI(link);
			return "https".equals(uri.getScheme()) && uri.getHost() != null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}
}
