package fr.ouvert.tableschema;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar ouvert-tableschema-cli.jar schema.json file.csv [--ignore-header-case] [--max-errors N]}:
 * prints the JSON report; exit code 0 when valid, 1 when invalid (including an invalid schema), 2 on a usage
 * error or an unreadable file.
 */
public final class Cli {

	static final int VALID = 0;
	static final int INVALID = 1;
	static final int USAGE = 2;
	private static final String USAGE_TEXT = "usage: java -jar ouvert-tableschema-cli.jar schema.json file.csv"
			+ " [--ignore-header-case] [--max-errors N]";

	private Cli() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> paths = new ArrayList<>();
		ValidationOptions options = ValidationOptions.defaults();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--ignore-header-case" -> options = options.withIgnoreHeaderCase(true);
				case "--max-errors" -> {
					if (i + 1 >= args.length || !args[i + 1].matches("\\d{1,9}")) {
						err.println("--max-errors needs a number\n" + USAGE_TEXT);
						return USAGE;
					}
					options = options.withMaxErrors(Integer.parseInt(args[++i]));
				}
				default -> {
					if (args[i].startsWith("--")) {
						err.println("unknown option " + args[i] + "\n" + USAGE_TEXT);
						return USAGE;
					}
					paths.add(args[i]);
				}
			}
		}
		if (paths.size() != 2) {
			err.println(USAGE_TEXT);
			return USAGE;
		}
		Path schemaPath = Path.of(paths.get(0));
		Path csvPath = Path.of(paths.get(1));
		String schemaJson;
		try {
			schemaJson = Files.readString(schemaPath, StandardCharsets.UTF_8);
		} catch (IOException e) {
			err.println("cannot read the schema " + schemaPath + ": " + reason(e));
			return USAGE;
		}
		ValidationReport report;
		try (InputStream csv = Files.newInputStream(csvPath)) {
			report = TableValidator.validate(schemaJson, csv, options);
		} catch (IOException e) {
			err.println("cannot read the CSV file " + csvPath + ": " + reason(e));
			return USAGE;
		}
		out.println(report.toJson());
		return report.valid() ? VALID : INVALID;
	}

	private static String reason(IOException e) {
		if (e instanceof NoSuchFileException) {
			return "no such file";
		}
		if (e instanceof java.nio.charset.CharacterCodingException) {
			return "not valid UTF-8";
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
