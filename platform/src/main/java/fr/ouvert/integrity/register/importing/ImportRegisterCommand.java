package fr.ouvert.integrity.register.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fr.ouvert.kernel.cli.CliCommand;
import fr.ouvert.kernel.cli.Progress;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar ouvert-app.jar integrity-import-register <file-or-folder>}: imports HATVP's register, from its JSON
 * ({@code agora_repertoire_opendata.json} or Regards Citoyens' republication) or from its 15 CSV tables (their folder
 * or {@code Vues_Separees.zip}), in one transaction. Run again on the same file, it changes nothing. Exit code 1 when the source cannot be read
 * (nothing is written), 2 on bad usage.
 */
@Component
class ImportRegisterCommand implements CliCommand {

	private final RegisterImports imports;

	ImportRegisterCommand(RegisterImports imports) {
		this.imports = imports;
	}

	@Override
	public String name() {
		return "integrity-import-register";
	}

	@Override
	public String description() {
		return "Importe le répertoire des représentants d'intérêts de la HATVP : <fichier JSON, ou dossier ou zip des 15 CSV>";
	}

	@Override
	public int run(List<String> args, PrintStream out, Progress progress) {
		if (args.size() != 1 || !Files.exists(Path.of(args.get(0)))) {
			out.println(args.size() == 1 ? args.get(0) + " : fichier ou dossier introuvable" : "Un seul fichier ou dossier attendu");
			out.println("Usage : integrity-import-register <agora_repertoire_opendata.json | dossier ou zip des 15 CSV>");
			return 2;
		}
		Path source = Path.of(args.get(0));
		progress.startStage(source.getFileName().toString(), 0);
		try {
			ImportResult result = Files.isDirectory(source) || source.getFileName().toString().endsWith(".zip")
					? imports.importCsv(source) : imports.importJson(source);
			progress.completeStage();
			out.println(result.summary());
			return 0;
		}
		catch (IOException | RuntimeException e) {
			progress.completeStage();
			out.println(source + " : illisible, rien n'a été importé — " + e.getMessage());
			return 1;
		}
	}
}
