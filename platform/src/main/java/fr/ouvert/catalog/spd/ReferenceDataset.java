package fr.ouvert.catalog.spd;

/**
 * A reference dataset of the service public de la donnée (article R321-5 of the CRPA).
 *
 * @param producer the administration responsible for it, or {@code null} when not recorded
 * @param updateFrequency as fixed by the arrêté du 14 juin 2017
 */
public record ReferenceDataset(String slug, int position, String name, String acronym, String producer,
		String updateFrequency) {
}
