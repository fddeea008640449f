package fr.ouvert.integrity.declarations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fr.ouvert.kernel.cli.CliCommand;
import fr.ouvert.kernel.cli.Progress;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar ouvert-app.jar integrity-import-declarations <declarations.xml> [liste.csv]}: imports HATVP's
 * declarations, in one transaction. Safe to run again. Exit code 1 when a file cannot be read (nothing imported),
 * 2 on bad usage. Prints counts and the located issues, never a name.
 */
@Component
class ImportDeclarationsCommand implements CliCommand {

	static final String USAGE = "Usage : integrity-import-declarations <declarations.xml> [liste.csv]";

	private final DeclarationImports imports;

	ImportDeclarationsCommand(DeclarationImports imports) {
		this.imports = imports;
	}

	@Override
	public String name() {
		return "integrity-import-declarations";
	}

	@Override
	public String description() {
		return "Importe les déclarations d'intérêts et de patrimoine de la HATVP : <declarations.xml> [liste.csv]";
	}

	@Override
	public int run(List<String> args, PrintStream out, Progress progress) {
		if (args.isEmpty() || args.size() > 2) {
			out.println(USAGE);
			return 2;
		}
		Path xml = Path.of(args.get(0));
		Path liste = args.size() == 2 ? Path.of(args.get(1)) : null;
		for (Path file : liste == null ? List.of(xml) : List.of(xml, liste)) {
			if (!Files.isRegularFile(file)) {
				out.println(file + " : fichier introuvable");
				out.println(USAGE);
				return 2;
			}
		}
		progress.startStage("declarations", 0);
		try {
			DeclarationImports.Result result = imports.importFiles(xml, liste);
			progress.completeStage();
			out.println(summary(result));
			result.issues().forEach(out::println);
			return 0;
		}
		catch (IOException | RuntimeException e) {
			progress.completeStage();
			out.println("Rien n'a été importé — " + e.getMessage());
			return 1;
		}
	}

	static String summary(DeclarationImports.Result r) {
		return String.format("%d déclaration(s) : %d nouvelle(s), %d modifiée(s), %d inchangée(s) ; %d ligne(s) de liste.csv, "
				+ "%d déclaration(s) reliée(s) à liste.csv ; %d valeur(s) gardée(s) en texte", r.declarations(), r.created(),
				r.updated(), r.unchanged(), r.listingRows(), r.linked(), r.issues().size());
	}
}
