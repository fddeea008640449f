package fr.ouvert.kernel.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import fr.ouvert.kernel.opendata.OpenDataset.ColumnType;
import fr.ouvert.kernel.web.OuvertModule;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/**
 * Exports over real HTTP when things go wrong: a query failing half-way must not produce a body
 * that looks complete, and exports beyond the configured number wait their turn (503).
 */
@TestPropertySource(properties = "ouvert.open-data.max-concurrent-exports=1")
class OpenDataExportLimitsTest extends PlatformTest {

	@TestConfiguration
	static class TestDatasets {

		@Bean
		OuvertModule testDatasets() {
			return new OuvertModule() {
				@Override
				public List<OpenDataset> datasets() {
					return List.of(dataset("test-cassee",
							// Division by zero at row 20 001, in the select list: counting the rows succeeds, and
							// thousands of rows are already sent when the stream fails.
							"select g as n, repeat('x', 50) || (1 / (20001 - g)) as texte from generate_series(1, 40000) g"),
							dataset("test-lente", "select g as n, 'lent' as texte from generate_series(1, 3) g, lateral (select pg_sleep(1)) s order by g"));
				}
			};
		}

		private static OpenDataset dataset(String slug, String sql) {
			return OpenDataset.builder(slug).title(slug).column("n", ColumnType.INTEGER, "n").column("texte", ColumnType.STRING, "t")
				.rows(sql).lastModified("select now()").withoutPersonalData().build();
		}
	}

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
	}

	@Test
	void aJsonExportThatFailsHalfWayIsNotAValidDocument() {
		Throwable failure = catchThrowable(() -> client.send(request("/api/1/opendata/test-cassee/export.json"),
				HttpResponse.BodyHandlers.ofString()));
		assertThat(failure).as("the connection is cut: the chunked body never ends").isInstanceOf(IOException.class);
	}

	@Test
	void aCsvExportThatFailsHalfWayIsCut() {
		Throwable failure = catchThrowable(() -> client.send(request("/api/1/opendata/test-cassee/export.csv"),
				HttpResponse.BodyHandlers.ofString()));
		assertThat(failure).isInstanceOf(IOException.class);
	}

	@Test
	void exportsBeyondTheLimitWaitTheirTurn() throws Exception {
		CompletableFuture<HttpResponse<String>> slow = client.sendAsync(request("/api/1/opendata/test-lente/export.csv"),
				HttpResponse.BodyHandlers.ofString());
		Thread.sleep(500);
		HttpResponse<String> refused = client.send(request("/api/1/opendata/plan-actions/export.csv"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Retry-After")).contains("10");
		assertThat(slow.get().statusCode()).isEqualTo(200);
		assertThat(slow.get().body()).isEqualTo("n,texte\r\n1,lent\r\n2,lent\r\n3,lent\r\n");
		assertThat(client.send(request("/api/1/opendata/plan-actions/export.csv"), HttpResponse.BodyHandlers.ofString())
			.statusCode()).as("the slot is free again").isEqualTo(200);
	}
}
