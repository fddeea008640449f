package fr.ouvert.procurement.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The DECP files to import: files as given (even missing: their import says so), folders walked for {@code .json} and {@code .xml} files, in name order. */
final class ImportFiles {

	private ImportFiles() {
	}

	static List<Path> list(List<Path> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(Files::isRegularFile).filter(ImportFiles::isDecp).sorted().forEach(files::add);
				}
			}
			else {
				// A missing or unreadable file fails on its own when imported; the others still are.
				files.add(path);
			}
		}
		return files;
	}

	static boolean isDecp(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".json") || name.endsWith(".xml");
	}
}
