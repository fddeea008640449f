package fr.ouvert.kernel.web;

/**
 * An entry of the main navigation, also shown as a card on the home page.
 *
 * @param labelKey message key of the label
 * @param descriptionKey message key of the one-sentence description on the home page
 * @param path the module's entry page; the entry is "current" on every page under it
 */
public record NavEntry(String labelKey, String descriptionKey, String path) {
}
