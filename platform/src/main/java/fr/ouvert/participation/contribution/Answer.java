package fr.ouvert.participation.contribution;

import java.util.List;

/**
 * One account's answer to one question: the chosen option indexes (single or multiple choice), a value
 * on the scale, or a free text.
 */
public record Answer(List<Integer> choices, Integer scaleValue, String text) {

	public static Answer empty() {
		return new Answer(List.of(), null, null);
	}
}
