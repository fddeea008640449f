package fr.ouvert.participation.synthesis;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.ouvert.kernel.cli.CliCommand;
import fr.ouvert.kernel.cli.Progress;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ouvert.jar participation-opinion-groups <polis-export-folder> [--k=2]}: the opinion groups of a
 * Pol.is export, their representative statements, the consensus statements, and the adjusted Rand index against
 * Pol.is's own {@code group-id} when the export has it. The kernel's command line hands options starting with
 * {@code --} to Spring, so {@code --k} is read from the environment as well as from the arguments.
 */
@Component
class OpinionGroupsCommand implements CliCommand {

	private static final String USAGE = "Usage : participation-opinion-groups <dossier-export-polis> [--k=2]";
	private static final int CONSENSUS_SHOWN = 5;

	private final Environment environment;

	OpinionGroupsCommand(Environment environment) {
		this.environment = environment;
	}

	@Override
	public String name() {
		return "participation-opinion-groups";
	}

	@Override
	public String description() {
		return "Groupes d'opinion d'un export Pol.is (ACP, k-means), comparés aux groupes de Pol.is";
	}

	@Override
	public int run(List<String> args, PrintStream out, Progress progress) {
		List<String> folders = new ArrayList<>();
		String k = environment.getProperty("k");
		for (String arg : args) {
			if (arg.startsWith("--k=")) {
				k = arg.substring("--k=".length());
			}
			else {
				folders.add(arg);
			}
		}
		if (folders.size() != 1) {
			out.println(USAGE);
			return 2;
		}
		int fixedK;
		try {
			fixedK = k == null ? 0 : Integer.parseInt(k.strip());
		}
		catch (NumberFormatException e) {
			out.println("--k=" + k + " : un nombre de groupes entier est attendu. " + USAGE);
			return 2;
		}
		Path folder = Path.of(folders.get(0));
		if (!Files.isDirectory(folder)) {
			out.println(folder + " : dossier introuvable. " + USAGE);
			return 2;
		}
		PolisExport export;
		OpinionGroups groups;
		try {
			export = PolisExport.read(folder);
			groups = OpinionGroupAnalysis.analyse(export.votes(), fixedK);
		}
		catch (IOException | IllegalArgumentException | PolisExport.FormatException e) {
			out.println("Erreur : " + e.getMessage());
			return 1;
		}
		print(export, groups, out);
		return 0;
	}

	private static void print(PolisExport export, OpinionGroups groups, PrintStream out) {
		out.printf(Locale.ROOT, "%d votants, %d dans la conversation (au moins min(7, n) votes), %d propositions%n",
				groups.voters(), groups.inConversation(), groups.statements());
		out.printf(Locale.ROOT, "Variance expliquée : CP1 %.3f, CP2 %.3f%n", groups.explainedVariance()[0],
				groups.explainedVariance()[1]);
		for (Map.Entry<Integer, Double> entry : groups.silhouetteByK().entrySet()) {
			out.printf(Locale.ROOT, "  k = %d : silhouette %.3f%n", entry.getKey(), entry.getValue());
		}
		out.printf("%d groupe(s)%n", groups.k());
		if (!export.polisGroups().isEmpty() && groups.k() > 0) {
			int[][] compared = export.comparableGroups(groups);
			out.printf(Locale.ROOT, "Indice de Rand ajusté contre group-id de Pol.is : %.3f (%d participants comparés)%n",
					AdjustedRandIndex.of(compared[0], compared[1]), compared[0].length);
		}
		for (OpinionGroups.Group group : groups.groups()) {
			out.printf("%nGroupe %d (%d participants), propositions représentatives :%n", group.id(), group.size());
			for (Representativeness.Statement statement : group.representative()) {
				out.printf(Locale.ROOT, "  [%d] %s %.0f %%%s : %s%n", statement.statement(),
						statement.direction() == Representativeness.Direction.AGREE ? "d'accord" : "pas d'accord",
						statement.probability() * 100, statement.significant() ? "" : " (non significatif)",
						text(export, statement.statement()));
			}
		}
		if (!groups.consensus().isEmpty()) {
			out.printf("%nConsensus entre les groupes :%n");
			for (GroupConsensus.Scored scored : groups.consensus()
				.subList(0, Math.min(CONSENSUS_SHOWN, groups.consensus().size()))) {
				out.printf(Locale.ROOT, "  [%d] %.3f : %s%n", scored.statement(), scored.consensus(),
						text(export, scored.statement()));
			}
		}
	}

	private static String text(PolisExport export, long statement) {
		String body = export.comments().get(statement).body().replaceAll("\\s+", " ").strip();
		return body.length() > 140 ? body.substring(0, 139) + "…" : body;
	}
}
