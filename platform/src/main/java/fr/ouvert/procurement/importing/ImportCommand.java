package fr.ouvert.procurement.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.ouvert.kernel.cli.CliCommand;
import fr.ouvert.kernel.cli.Progress;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ouvert-app.jar procurement-import [--source=CODE] [--name=NAME] [--priority=N] <files or
 * folders>...}: imports DECP files (folders walked for {@code .json} and {@code .xml}), one transaction per file.
 * Safe to kill and to run again: imported files are skipped, an interrupted file is imported again whole. Files
 * to import larger than the store are loaded with its search indexes suspended, built once after the last file
 * ({@link SearchIndexes}; files already imported under the same name and size do not count).
 * Exit code 1 when a file could not be read (the others are imported), 2 on bad usage.
 */
@Component
class ImportCommand implements CliCommand {

	private final DecpImports imports;
	private final SearchIndexes searchIndexes;
	private final Environment environment;

	ImportCommand(DecpImports imports, SearchIndexes searchIndexes, Environment environment) {
		this.imports = imports;
		this.searchIndexes = searchIndexes;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "procurement-import";
	}

	@Override
	public String description() {
		return "Importe des fichiers DECP (marchés publics) : [--source=CODE] [--name=NOM] [--priority=N] <fichiers ou dossiers>…";
	}

	@Override
	public int run(List<String> args, PrintStream out, Progress progress) {
		ImportArguments arguments;
		List<Path> files;
		long bytes;
		try {
			arguments = ImportArguments.parse(environment, args);
			files = ImportFiles.list(arguments.paths());
			bytes = imports.bytesToImport(files, arguments::sourceFor);
		}
		catch (IllegalArgumentException | IOException e) {
			out.println(e.getMessage());
			out.println("Usage : procurement-import [--source=CODE] [--name=NOM] [--priority=N] <fichiers ou dossiers>…");
			return 2;
		}
		int exit = 0;
		List<ImportResult> results = new ArrayList<>();
		try (SearchIndexes.Deferral deferral = searchIndexes.deferFor(bytes)) {
			for (Path file : files) {
				SourceSpec source = arguments.sourceFor(file);
				progress.startStage(file.getFileName() + " (" + source.code() + ")", 0);
				try {
					ImportResult result = imports.importFile(file, source, new RecordsProgress(progress));
					progress.completeStage();
					results.add(result);
					out.println(summary(file, result));
				}
				catch (IOException | RuntimeException e) {
					progress.completeStage();
					out.println(file + " : illisible, rien n'a été importé — " + e.getMessage());
					exit = 1;
				}
			}
		}
		long skipped = results.stream().filter(ImportResult::skipped).count();
		out.printf("%d fichier(s) : %d importé(s), %d déjà importé(s), %d illisible(s)%n", files.size(),
				results.size() - skipped, skipped, files.size() - results.size());
		return exit;
	}

	/** Advances the progress by the records read since the last call. */
	private static final class RecordsProgress implements java.util.function.LongConsumer {
		private final Progress progress;
		private long reported;

		RecordsProgress(Progress progress) {
			this.progress = progress;
		}

		@Override
		public void accept(long read) {
			progress.advance(read - reported);
			reported = read;
		}
	}

	static String summary(Path file, ImportResult r) {
		if (r.skipped()) {
			return file + " : déjà importé (import n° " + r.importId() + "), ignoré";
		}
		return String.format("%s : %d lu(s), %d accepté(s), %d corrigé(s), %d rejeté(s), %d doublon(s) ; "
				+ "%d contrat(s) créé(s), %d complété(s) (import n° %d)", file, r.records(), r.accepted(), r.corrected(),
				r.rejected(), r.duplicates(), r.created(), r.updated(), r.importId());
	}
}
