package fr.ouvert;

import fr.ouvert.kernel.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Ouvert, the open-government platform. Without arguments it serves the web application; with a
 * command name as first argument (see {@code java -jar ouvert.jar help}) it runs that batch command
 * and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "kernel")
public class OuvertApplication {

	public static void main(String[] args) {
		if (Cli.isCommand(args)) {
			System.exit(Cli.run(OuvertApplication.class, args));
		}
		SpringApplication.run(OuvertApplication.class, args);
	}
}
