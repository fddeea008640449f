package fr.ouvert.plan.load;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fr.ouvert.kernel.cli.CliCommand;
import fr.ouvert.kernel.cli.Progress;

import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/** {@code java -jar ouvert.jar plan-load [file.yaml]}: loads the bundled plan, or the given file. */
@Component
class PlanLoadCommand implements CliCommand {

	private final PlanLoader loader;

	PlanLoadCommand(PlanLoader loader) {
		this.loader = loader;
	}

	@Override
	public String name() {
		return "plan-load";
	}

	@Override
	public String description() {
		return "Charge le plan d'action (fichier fourni avec la plateforme, ou le fichier YAML donné)";
	}

	@Override
	public int run(List<String> args, PrintStream out, Progress progress) {
		if (args.size() > 1) {
			out.println("Usage : plan-load [fichier.yaml]");
			return 2;
		}
		try {
			PlanLoader.Outcome outcome;
			if (args.isEmpty()) {
				outcome = loader.loadBundledPlan(progress);
			}
			else {
				Path file = Path.of(args.get(0));
				if (!Files.isReadable(file)) {
					out.println("Fichier illisible : " + file);
					return 2;
				}
				outcome = loader.load(new FileSystemResource(file), progress);
			}
			out.println(outcome.unchanged() ? "Plan inchangé depuis le dernier chargement."
					: "Plan chargé : " + outcome.created() + " enregistrement(s) créé(s), " + outcome.updated() + " modifié(s).");
			return 0;
		}
		catch (PlanFileException e) {
			out.println("Plan refusé, rien n'a été écrit. " + e.getMessage());
			return 1;
		}
	}
}
