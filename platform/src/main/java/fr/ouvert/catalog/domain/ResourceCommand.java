package fr.ouvert.catalog.domain;

/**
 * A resource as typed in a form or posted to the write API: a remote URL, or the metadata of an
 * uploaded file (then {@code url} is ignored).
 *
 * @param schemaName the name of a schema of the registry the file declares to follow, or null
 */
public record ResourceCommand(String title, String description, String type, String url, String format,
		String schemaName) {
}
