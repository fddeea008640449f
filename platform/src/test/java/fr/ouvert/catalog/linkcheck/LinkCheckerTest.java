package fr.ouvert.catalog.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import fr.ouvert.catalog.CatalogProperties;
import fr.ouvert.catalog.domain.DatasetCommand;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.domain.DatasetUpdates;
import fr.ouvert.catalog.domain.Datasets;
import fr.ouvert.catalog.domain.Quality;
import fr.ouvert.catalog.domain.Resource;
import fr.ouvert.catalog.domain.ResourceCommand;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Remote resources are checked over real HTTP, and an unavailable one costs its dataset a quality point. */
class LinkCheckerTest extends PlatformTest {

	@Autowired
	LinkChecker checker;

	@Autowired
	Datasets datasets;

	@Autowired
	DatasetRepository repository;

	@Autowired
	DatasetUpdates updates;

	@Autowired
	TransactionTemplate transactions;

	private HttpServer server;

	private String base;

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/ok", exchange -> {
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.createContext("/gone", exchange -> {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		// A server that refuses HEAD but serves a range.
		server.createContext("/nohead", exchange -> {
			exchange.sendResponseHeaders("HEAD".equals(exchange.getRequestMethod()) ? 405 : 206, -1);
			exchange.close();
		});
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void availabilityIsRecordedPerResourceAndFeedsTheQualityScore() {
		long organisation = jdbc.sql("select id from account_organisation where slug = 'cour-des-comptes'").query(Long.class).single();
		CurrentUser agent = new CurrentUser(1, "Agent", "agent@example.fr", Set.of(Role.AGENT), organisation, "Cour", true);
		String slug = datasets.create(agent, new DatasetCommand("Liens " + UUID.randomUUID(), null, "", organisation,
				List.of(), "lov2", null, null, null, List.of(), null, null, "public")).dataset().slug();
		for (String path : List.of("/ok", "/gone", "/nohead")) {
			datasets.addRemoteResource(agent, slug, new ResourceCommand(path, null, "main", base + path, "csv", null));
		}
		var dataset = repository.find(slug).orElseThrow();
		while (repository.resources(dataset.id()).stream().anyMatch(r -> r.checkDate() == null)) {
			assertThat(checker.checkBatch()).isNotEmpty();
		}
		Map<String, Resource> byTitle = new java.util.HashMap<>();
		repository.resources(dataset.id()).forEach(r -> byTitle.put(r.title(), r));
		assertThat(byTitle.get("/ok").checkAvailable()).isTrue();
		assertThat(byTitle.get("/ok").checkStatus()).isEqualTo(200);
		assertThat(byTitle.get("/gone").checkAvailable()).isFalse();
		assertThat(byTitle.get("/gone").checkStatus()).isEqualTo(404);
		assertThat(byTitle.get("/nohead").checkAvailable()).isTrue();
		assertThat(byTitle.get("/nohead").checkStatus()).isEqualTo(206);
		dataset = repository.find(slug).orElseThrow();
		Quality quality = Quality.of(dataset, repository.resources(dataset.id()), java.time.Instant.now());
		assertThat(quality.criteria()).containsEntry("all_resources_available", false);
		assertThat(dataset.qualityScore()).isCloseTo(quality.score(), org.assertj.core.data.Offset.offset(1e-6));
	}

	@Test
	void privateAddressesAreNotProbedByDefault() {
		CatalogProperties strict = new CatalogProperties(false, new CatalogProperties.LinkCheck(true, Duration.ofMinutes(10), 500,
				Duration.ZERO, Duration.ofSeconds(2)), new CatalogProperties.Harvest(10, Duration.ofSeconds(2)),
				new CatalogProperties.DemoData(false, "demo-data"));
		LinkChecker guarded = new LinkChecker(jdbc, updates, transactions, strict, Clock.systemUTC());
		long organisation = jdbc.sql("select id from account_organisation where slug = 'cour-des-comptes'").query(Long.class).single();
		CurrentUser agent = new CurrentUser(1, "Agent", "agent@example.fr", Set.of(Role.AGENT), organisation, "Cour", true);
		String slug = datasets.create(agent, new DatasetCommand("Interne " + UUID.randomUUID(), null, "", organisation,
				List.of(), "lov2", null, null, null, List.of(), null, null, "public")).dataset().slug();
		datasets.addRemoteResource(agent, slug, new ResourceCommand("interne", null, "main", base + "/ok", "csv", null));
		UUID id = repository.resources(repository.find(slug).orElseThrow().id()).get(0).id();
		LinkChecker.Check check = guarded.checkBatch().stream().filter(c -> c.resourceId().equals(id)).findFirst().orElseThrow();
		assertThat(check.available()).isNull();
		assertThat(repository.resource(id).orElseThrow().checkAvailable()).isNull();
	}
}
