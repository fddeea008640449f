package fr.ouvert.procurement.importing;

import java.nio.file.Path;
import java.util.List;

import org.springframework.core.env.Environment;

/**
 * The import command's arguments. The kernel's command line hands every {@code --option} to Spring, so the
 * options are read from the environment and must be written {@code --source=CODE}, {@code --name=NAME},
 * {@code --priority=N}; the words left are the files and folders.
 */
record ImportArguments(String source, String name, Integer priority, List<Path> paths) {

	static ImportArguments parse(Environment environment, List<String> words) {
		String source = option(environment, "source");
		String name = option(environment, "name");
		String priority = option(environment, "priority");
		if (words.isEmpty()) {
			throw new IllegalArgumentException("Aucun fichier ni dossier à importer.");
		}
		Integer parsedPriority = null;
		if (priority != null) {
			try {
				parsedPriority = Integer.valueOf(priority);
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("Priorité invalide : « " + priority + " » (un nombre entier)");
			}
		}
		return new ImportArguments(source, name, parsedPriority, words.stream().map(Path::of).toList());
	}

	private static String option(Environment environment, String name) {
		String value = environment.getProperty(name);
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException("L'option --" + name + " s'écrit avec sa valeur : --" + name + "=…");
		}
		return value;
	}

	/** The source of a file: the one given, else the file name's prefix. */
	SourceSpec sourceFor(Path file) {
		SourceSpec guessed = SourceSpec.ofFileName(file.getFileName().toString());
		String code = source != null ? source : guessed.code();
		return new SourceSpec(code, name != null ? name : code, priority != null ? priority : SourceSpec.DEFAULT_PRIORITY);
	}
}
