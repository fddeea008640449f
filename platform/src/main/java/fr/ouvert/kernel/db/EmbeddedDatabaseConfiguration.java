package fr.ouvert.kernel.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.ouvert.kernel.config.OuvertProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The default database: when no {@code spring.datasource.url} is configured, an embedded
 * PostgreSQL runs from {@code $OUVERT_HOME/pg} and keeps its data across restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(OuvertProperties properties) throws IOException {
		Path dir = properties.home().resolve("pg").toAbsolutePath().normalize();
		Files.createDirectories(dir);
		StalePostmaster.clear(dir);
		log.info("Starting the embedded PostgreSQL in {}", dir);
		// zonky is tuned for throw-away test databases (fsync and synchronous commit off): this one
		// keeps the platform's data, so a committed transaction must survive a crash.
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on");
		properties.embeddedDb().settings().forEach(builder::setServerConfig);
		if (properties.embeddedDb().port() > 0) {
			builder.setPort(properties.embeddedDb().port());
		}
		return builder.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, org.springframework.core.env.Environment environment) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		ds.setUsername("postgres");
		// The same session settings as an external database's pool (application.properties).
		ds.setConnectionInitSql(environment.getProperty("spring.datasource.hikari.connection-init-sql"));
		ds.setPoolName("ouvert-embedded");
		return ds;
	}

	static class NoDatabaseConfigured implements Condition {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return url == null || url.isBlank();
		}
	}

	/**
	 * A platform killed without a clean stop (kill -9, power loss) leaves its PostgreSQL running,
	 * or its pid file behind, and PostgreSQL then refuses to start on the folder. zonky holds a
	 * file lock on {@code epg-lock} while it runs: if we can take that lock, no live platform owns
	 * the folder and whatever PostgreSQL still runs there is an orphan we may stop.
	 */
	static final class StalePostmaster {
		private StalePostmaster() {
		}

		static void clear(Path dataDir) throws IOException {
			Path pidFile = dataDir.resolve("postmaster.pid");
			if (!Files.exists(pidFile)) {
				return;
			}
			try (FileChannel channel = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock lock = channel.tryLock()) {
				if (lock == null) {
					throw new IllegalStateException("Another Ouvert instance uses the database folder " + dataDir
							+ ": stop it, or give this one another OUVERT_HOME.");
				}
				String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
				Optional<ProcessHandle> orphan = first.matches("\\d+") ? ProcessHandle.of(Long.parseLong(first)) : Optional.empty();
				if (orphan.isPresent() && orphan.get().isAlive()) {
					log.warn("Stopping the PostgreSQL (pid {}) left running on {} by a previous run", first, dataDir);
					orphan.get().destroy();
					orphan.get().onExit().get(30, TimeUnit.SECONDS);
				}
				Files.deleteIfExists(pidFile);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while stopping a stale PostgreSQL", e);
			}
			catch (ExecutionException | TimeoutException e) {
				throw new IllegalStateException("A stale PostgreSQL on " + dataDir + " did not stop; stop it by hand", e);
			}
		}
	}
}
