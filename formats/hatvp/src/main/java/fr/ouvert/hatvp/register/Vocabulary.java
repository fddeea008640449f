package fr.ouvert.hatvp.register;

import java.util.Optional;
import java.util.function.Function;

/** Look-ups shared by the value lists. */
final class Vocabulary {

	private Vocabulary() {
	}

	static <E extends Enum<E>> Optional<E> byName(Class<E> type, String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.strip();
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(wanted)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	/** HATVP writes the apostrophe both ways (« Gouvernance d’entreprise », « Décisions d'espèce »): either matches. */
	static <E> Optional<E> byLabel(E[] values, Function<E, String> label, String wanted) {
		if (wanted == null) {
			return Optional.empty();
		}
		String stripped = straightApostrophes(wanted.strip());
		for (E value : values) {
			if (straightApostrophes(label.apply(value)).equals(stripped)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	static String straightApostrophes(String text) {
		return text.replace('\u2019', '\'');
	}
}
