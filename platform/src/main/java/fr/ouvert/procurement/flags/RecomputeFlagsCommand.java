package fr.ouvert.procurement.flags;

import java.io.PrintStream;
import java.util.List;

import fr.ouvert.kernel.cli.CliCommand;
import fr.ouvert.kernel.cli.Progress;

import org.springframework.stereotype.Component;

/** {@code java -jar ouvert.jar procurement-flags}: recomputes every red flag of the procurement store. */
@Component
class RecomputeFlagsCommand implements CliCommand {

	private final RedFlagComputation computation;

	RecomputeFlagsCommand(RedFlagComputation computation) {
		this.computation = computation;
	}

	@Override
	public String name() {
		return "procurement-flags";
	}

	@Override
	public String description() {
		return "Recalcule tous les signaux d'alerte des marchés publics";
	}

	@Override
	public int run(List<String> args, PrintStream out, Progress progress) {
		if (!args.isEmpty()) {
			out.println("Usage : procurement-flags");
			return 2;
		}
		progress.startStage("Signaux d'alerte", 1);
		RedFlagComputation.Summary summary = computation.recompute();
		progress.completeStage();
		summary.counts().forEach((flag, count) -> out.printf("  %-34s %d%n", flag.code(), count));
		out.printf("%d signal(s) en %.1f s.%n", summary.total(), summary.duration().toMillis() / 1000.0);
		return 0;
	}
}
