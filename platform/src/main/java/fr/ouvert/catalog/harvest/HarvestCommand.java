package fr.ouvert.catalog.harvest;

import java.io.PrintStream;
import java.util.List;

import fr.ouvert.kernel.cli.CliCommand;
import fr.ouvert.kernel.cli.Progress;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar ouvert-app.jar catalog-harvest <source id>...}: runs harvest sources, for a cron
 * job. Exit code 1 when a run failed (it then wrote nothing).
 */
@Component
class HarvestCommand implements CliCommand {

	private final HarvestSources sources;

	HarvestCommand(HarvestSources sources) {
		this.sources = sources;
	}

	@Override
	public String name() {
		return "catalog-harvest";
	}

	@Override
	public String description() {
		return "Moissonne les sources dont les numéros sont donnés (catalogue)";
	}

	@Override
	public int run(List<String> args, PrintStream out, Progress progress) {
		if (args.isEmpty() || !args.stream().allMatch(a -> a.matches("\\d{1,18}"))) {
			out.println("Usage : catalog-harvest <numéro de source>...");
			return 2;
		}
		int exit = 0;
		for (String arg : args) {
			HarvestSources.Source source = sources.find(Long.parseLong(arg)).orElse(null);
			if (source == null) {
				out.println("Source " + arg + " inconnue.");
				exit = 2;
				continue;
			}
			HarvestSources.Job job = sources.run(source, "cli");
			out.printf("Source %d (%s) : %s ; %d créé(s), %d modifié(s), %d inchangé(s), %d archivé(s)%n", source.id(),
					source.url(), job.status(), job.created(), job.updated(), job.unchanged(), job.archived());
			job.problems().forEach(p -> out.println("  " + p));
			if ("failed".equals(job.status())) {
				exit = Math.max(exit, 1);
			}
		}
		return exit;
	}
}
