package fr.ouvert.hatvp.declarations;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a declared value is read: the byte order marks some old files carry (U+FEFF before {@code typeMandat}) are
 * dropped, each line is stripped and blank lines removed, so that the indentation HATVP's export puts around its
 * redactions ("SCI \n        [Données non publiées]\n    ") becomes "SCI\n[Données non publiées]". Nothing else
 * is changed: the redaction stays where it was, as it was.
 */
public final class DeclaredText {

	/** HATVP's redaction of a value it does not publish. */
	public static final String REDACTED = "[Données non publiées]";

	private DeclaredText() {
	}

	public static String normalise(String raw) {
		if (raw == null) {
			return "";
		}
		return Arrays.stream(raw.replace("\uFEFF", "").split("\\R"))
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.collect(Collectors.joining("\n"));
	}

	/** Whether the value holds a redaction, alone or inside other text. */
	public static boolean isRedacted(String value) {
		return value != null && value.contains(REDACTED);
	}
}
