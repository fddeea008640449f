package fr.ouvert.kernel.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one {@link CliCommand} in a non-web application context. Options starting with
 * {@code --} before or after the command are passed to Spring (e.g. {@code --ouvert.home=/srv}).
 */
public final class Cli {

	/** Property set while a command runs, so that start-up jobs meant for the server can skip. */
	public static final String CLI_MODE_PROPERTY = "ouvert.cli";

	private Cli() {
	}

	public static boolean isCommand(String[] args) {
		return Arrays.stream(args).anyMatch(a -> !a.startsWith("--"));
	}

	public static int run(Class<?> application, String[] args) {
		List<String> springArgs = Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
		List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
		String name = words.get(0);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.properties(CLI_MODE_PROPERTY + "=true", "logging.level.root=WARN")
			.run(springArgs.toArray(String[]::new))) {
			Map<String, CliCommand> commands = context.getBeansOfType(CliCommand.class);
			Optional<CliCommand> command = commands.values().stream().filter(c -> c.name().equals(name)).findFirst();
			if (command.isEmpty()) {
				printHelp(commands, !name.equals("help"));
				return name.equals("help") ? 0 : 2;
			}
			return command.get().run(words.subList(1, words.size()), System.out, Progress.toConsole());
		}
	}

	private static void printHelp(Map<String, CliCommand> commands, boolean unknown) {
		if (unknown) {
			System.err.println("Commande inconnue. Commandes disponibles :");
		}
		commands.values().stream()
			.sorted(Comparator.comparing(CliCommand::name))
			.forEach(c -> System.out.printf("  %-20s %s%n", c.name(), c.description()));
	}
}
