package fr.ouvert.kernel.config;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Platform-wide settings ({@code ouvert.*}). Every one of them is documented in the README.
 *
 * @param home folder holding the embedded database, the mail outbox and uploaded files
 * @param baseUrl public address of the platform, used in links sent by e-mail
 * @param embeddedDb settings of the embedded PostgreSQL started when no database is configured
 * @param rateLimit limits on writes, per client address (anonymous) or per account
 * @param mail sender settings; without {@code spring.mail.host} mails go to the outbox folder
 * @param maxRequestSize largest request body accepted outside file uploads
 * @param openData limits of the open-data exports
 */
@ConfigurationProperties("ouvert")
public record OuvertProperties(
		@DefaultValue("./data") Path home,
		@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue EmbeddedDb embeddedDb,
		@DefaultValue RateLimit rateLimit,
		@DefaultValue Mail mail,
		@DefaultValue("1MB") DataSize maxRequestSize,
		@DefaultValue OpenData openData) {

	/**
	 * @param port fixed port, or 0 for any free port
	 * @param settings PostgreSQL server settings ({@code postgresql.conf} names), given at start
	 */
	public record EmbeddedDb(@DefaultValue("0") int port, Map<String, String> settings) {

		public EmbeddedDb {
			settings = settings == null ? Map.of() : Map.copyOf(settings);
		}
	}

	/**
	 * @param anonymousWritesPerMinute sign-up, login and other anonymous form posts per address
	 * @param userWritesPerMinute comments, reports and other contributions per account
	 */
	public record RateLimit(@DefaultValue("10") int anonymousWritesPerMinute,
			@DefaultValue("20") int userWritesPerMinute) {
	}

	/**
	 * @param maxConcurrentExports full exports streaming at the same time; each holds a database
	 *            connection for its whole duration, so the rest wait (503, Retry-After) rather than
	 *            starve the pages of connections
	 */
	public record OpenData(@DefaultValue("4") int maxConcurrentExports) {
	}

	public record Mail(@DefaultValue("Ouvert <ne-pas-repondre@ouvert.localhost>") String from) {
	}
}
