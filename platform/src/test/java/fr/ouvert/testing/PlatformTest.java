package fr.ouvert.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole platform on a random port, against a real PostgreSQL, with the plan loaded. Every test
 * class extending it shares one application context (and one database): tests create their own
 * accounts and do not rely on counts other tests may change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
// Many tests sign up and sign in from one address within a minute; RateLimitTest lowers the limits again.
// The link checker runs when a test calls it; it and the harvester reach servers the tests start on loopback.
// The demo data is imported by the test that checks it, not at start.
@TestPropertySource(properties = { "ouvert.rate-limit.anonymous-writes-per-minute=100000",
		"ouvert.rate-limit.user-writes-per-minute=100000", "ouvert.catalog.link-check.enabled=false",
		"ouvert.catalog.allow-private-addresses=true",
		"ouvert.catalog.demo-data.enabled=false", "ouvert.procurement.demo-data.enabled=false",
		"ouvert.procurement.refresh-delay=0s",
		"ouvert.integrity.demo-data.enabled=false", "ouvert.participation.demo-data.enabled=false" })
public abstract class PlatformTest {

	/** Where the platform writes its files (the mail outbox among them) during the tests. */
	public static final Path HOME;

	static {
		try {
			HOME = Files.createTempDirectory("ouvert-test-home");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@DynamicPropertySource
	static void platformProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", PgTestSupport::url);
		registry.add("spring.datasource.username", PgTestSupport::user);
		registry.add("spring.datasource.password", PgTestSupport::password);
		registry.add("ouvert.home", HOME::toString);
	}
}
