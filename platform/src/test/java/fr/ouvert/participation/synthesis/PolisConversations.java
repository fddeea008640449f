package fr.ouvert.participation.synthesis;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The three Pol.is conversations copied under test resources (CC BY 4.0, see the NOTICE next to them). */
final class PolisConversations {

	static final String SEATTLE = "15-per-hour-seattle";
	static final String BREXIT = "brexit-consensus";
	static final String LONDON = "london.youth.policing";

	private PolisConversations() {
	}

	static Path folder(String conversation) {
		try {
			return Path.of(PolisConversations.class.getResource("polis/" + conversation).toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	static PolisExport read(String conversation) throws IOException {
		return PolisExport.read(folder(conversation));
	}
}
