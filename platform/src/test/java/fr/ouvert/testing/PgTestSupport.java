package fr.ouvert.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the tests run against: an embedded one started once per test JVM, or an
 * external server given by {@code TEST_PG_URL} (with {@code TEST_PG_USER}, {@code TEST_PG_PASSWORD}).
 */
public final class PgTestSupport {

	static final String EXTERNAL = System.getenv("TEST_PG_URL");
	private static EmbeddedPostgres embedded;

	private PgTestSupport() {
	}

	public static synchronized String url() {
		if (EXTERNAL != null) {
			return EXTERNAL;
		}
		if (embedded == null) {
			try {
				embedded = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					embedded.close();
				}
				catch (IOException ignored) {
					// The JVM is going away anyway.
				}
			}));
		}
		return embedded.getJdbcUrl("postgres", "postgres");
	}

	public static String user() {
		return EXTERNAL != null ? System.getenv().getOrDefault("TEST_PG_USER", "postgres") : "postgres";
	}

	public static String password() {
		return EXTERNAL != null ? System.getenv().getOrDefault("TEST_PG_PASSWORD", "") : "";
	}
}
