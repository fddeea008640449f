package fr.ouvert.participation.contribution;

import java.util.List;

/**
 * A survey question.
 *
 * @param kind {@code single}, {@code multiple}, {@code scale} or {@code text}
 * @param options the choices of a single or multiple choice question, answered by their index
 */
public record Question(long id, long consultationId, int position, String kind, String label, List<String> options,
		Integer scaleMin, Integer scaleMax, boolean required) {

	public static final String SINGLE = "single";
	public static final String MULTIPLE = "multiple";
	public static final String SCALE = "scale";
	public static final String TEXT = "text";

	public static final int MAX_TEXT = 5000;

	/** The lowest value of a scale (1 when the question does not say). */
	public int min() {
		return scaleMin == null ? 1 : scaleMin;
	}

	/** The highest value of a scale (5 when the question does not say). */
	public int max() {
		return scaleMax == null ? 5 : scaleMax;
	}
}
