package fr.ouvert.kernel.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A batch command run from the same jar: {@code java -jar ouvert.jar <name> [args]}. Modules
 * declare their commands as beans; the kernel finds them by {@link #name()}.
 */
public interface CliCommand {

	/** The name typed on the command line, in kebab case (e.g. {@code audit-verify}). */
	String name();

	/** One line shown by {@code help}. */
	String description();

	/**
	 * Runs the command.
	 * @return the process exit code: 0 on success, 1 when the command found a problem, 2 on bad usage
	 */
	int run(List<String> args, PrintStream out, Progress progress);
}
