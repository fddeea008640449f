package fr.ouvert.hatvp.register;

import java.util.List;

/**
 * What a reader read from one source.
 *
 * @param file the file name given to the reader
 * @param shape the container the file had
 * @param publications representatives delivered
 * @param exercices financial years in them
 * @param activites activities in them
 * @param actions actions in them
 * @param skippedKeys keys the register's model does not hold, ignored, by path (Regards Citoyens' {@code url_json},
 *        {@code historique}…): one entry per path, in the order first met
 */
public record RegisterReadReport(String file, Shape shape, long publications, long exercices, long activites,
		long actions, List<SkippedKey> skippedKeys) {

	public RegisterReadReport {
		skippedKeys = List.copyOf(skippedKeys);
	}

	/** The containers of the register's files. */
	public enum Shape {
		/** HATVP's {@code agora_repertoire_opendata.json}: {@code {"publications": [...]}}. */
		HATVP_JSON,
		/** Regards Citoyens' republication: a bare list of publications, with their history. */
		REGARDS_CITOYENS_JSON,
		/** HATVP's 15-table CSV export ("vues séparées"). */
		HATVP_CSV
	}

	/**
	 * A key met and ignored.
	 *
	 * @param path where, without indexes: {@code historique}, {@code exercices[].activites[].historique}
	 * @param occurrences how many times
	 * @param firstRecord the first publication (index from 1) where it was met, 0 outside any
	 */
	public record SkippedKey(String path, long occurrences, long firstRecord) {
	}
}
