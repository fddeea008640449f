package fr.ouvert.catalog.harvest;

/**
 * Something a harvester dropped or could not map, kept for the harvest report.
 *
 * @param source the page URL or file
 * @param item the dataset or resource concerned (URI, remote id or JSON pointer)
 * @param property the source property, such as {@code dct:license} or {@code frequency}
 * @param message what was done and why, in English
 */
public record HarvestWarning(String source, String item, String property, String message) {

	@Override
	public String toString() {
		return source + ", " + item + (property == null ? "" : ", " + property) + ": " + message;
	}
}
