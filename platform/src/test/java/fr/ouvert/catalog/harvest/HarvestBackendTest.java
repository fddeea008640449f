package fr.ouvert.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import fr.ouvert.catalog.dcat.CatalogPage;
import fr.ouvert.catalog.dcat.DcatWriter;
import fr.ouvert.catalog.dcat.RdfFormat;
import fr.ouvert.catalog.dcat.SampleDatasets;
import fr.ouvert.catalog.domain.DatasetDescription;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Harvests over real HTTP from a local server that serves the samples split into pages. */
class HarvestBackendTest {

	private HttpServer server;
	private String base;
	private final Map<String, Page> pages = new ConcurrentHashMap<>();
	private final Map<String, String> userAgents = new ConcurrentHashMap<>();
	private final RemoteCatalogClient client = new RemoteCatalogClient();

	private record Page(String contentType, byte[] body) {
	}

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::serve);
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private void serve(HttpExchange exchange) throws IOException {
		String target = exchange.getRequestURI().toString();
		userAgents.put(target, exchange.getRequestHeaders().getFirst("User-Agent"));
		Page page = pages.get(target);
		if (page == null) {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
			return;
		}
		exchange.getResponseHeaders().set("Content-Type", page.contentType());
		exchange.sendResponseHeaders(200, page.body().length);
		exchange.getResponseBody().write(page.body());
		exchange.close();
	}

	private void serve(String path, String contentType, byte[] body) {
		pages.put(path, new Page(contentType, body));
	}

	@Test
	void dcat_pages_in_two_syntaxes() throws Exception {
		List<DatasetDescription> datasets = SampleDatasets.datasets();
		serve("/catalog?page=1", "application/rdf+xml; charset=utf-8", dcatPage(datasets.subList(0, 2), 1, RdfFormat.RDF_XML));
		serve("/catalog?page=2", "text/turtle", dcatPage(datasets.subList(2, 3), 2, RdfFormat.TURTLE));

		HarvestResult result = HarvestBackend.DCAT.harvest(base + "/catalog?page=1", client, 10);

		assertThat(result.pages()).isEqualTo(2);
		assertThat(result.complete()).isTrue();
		assertThat(result.warnings()).isEmpty();
		assertThat(result.datasets()).as("harvested into another organisation, the datasets are the same")
			.containsExactlyElementsOf(datasets.stream().map(SampleDatasets::carried).toList());
		assertThat(userAgents.get("/catalog?page=2")).isEqualTo("Ouvert harvester");
	}

	@Test
	void the_page_limit_stops_the_walk_and_says_so() throws Exception {
		List<DatasetDescription> datasets = SampleDatasets.datasets();
		serve("/catalog?page=1", "text/turtle", dcatPage(datasets.subList(0, 2), 1, RdfFormat.TURTLE));

		HarvestResult result = HarvestBackend.DCAT.harvest(base + "/catalog?page=1", client, 1);

		assertThat(result.complete()).isFalse();
		assertThat(result.datasets()).hasSize(2);
		assertThat(result.warnings()).extracting(HarvestWarning::message)
			.containsExactly("stopped after 1 pages: the next pages were not read");
	}

	@Test
	void a_dataset_repeated_on_the_next_page_and_a_page_linking_to_itself_are_read_once() throws Exception {
		List<DatasetDescription> datasets = SampleDatasets.datasets();
		serve("/catalog?page=1", "text/turtle", dcatPage(datasets.subList(0, 2), 1, RdfFormat.TURTLE));
		serve("/catalog?page=2", "text/turtle", new String(dcatPage(datasets.subList(1, 3), 2, RdfFormat.TURTLE),
				StandardCharsets.UTF_8)
			.replace("hydra:previous", "hydra:next")
			.getBytes(StandardCharsets.UTF_8));

		HarvestResult result = HarvestBackend.DCAT.harvest(base + "/catalog?page=1", client, 10);

		assertThat(result.datasets()).extracting(DatasetDescription::remoteId).containsExactly("d1", "d2", "d3");
		assertThat(result.warnings()).extracting(HarvestWarning::toString)
			.containsExactly(base + "/catalog?page=2, d2: dataset already read on an earlier page: this copy is ignored",
					base + "/catalog?page=1, " + base + "/catalog?page=1: page already read: the walk stops there");
	}

	private byte[] dcatPage(List<DatasetDescription> datasets, int page, RdfFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DcatWriter.write(new CatalogPage(base + "/catalog", "Remote", null, "Remote", base, datasets, page, 2, 3,
				p -> base + "/catalog?page=" + p), format, out);
		return out.toByteArray();
	}

	@Test
	void udata_envelope_pages() throws Exception {
		String dataset = new String(UdataReaderTest.DATASET, StandardCharsets.UTF_8);
		String copy = dataset.replace("\"id\": \"5d13a8b6634f41070a43dff3\"", "\"id\": \"5d13a8b6634f41070a43dff4\"");
		String next = base + "/api/1/datasets/?organization=646b7187b50b2a93b1ae3d45&page=2";
		serve("/api/1/datasets/?organization=646b7187b50b2a93b1ae3d45", "application/json",
				envelope(dataset, "\"" + next + "\""));
		serve("/api/1/datasets/?organization=646b7187b50b2a93b1ae3d45&page=2", "application/json", envelope(copy, "null"));

		HarvestResult result = HarvestBackend.UDATA.harvest(
				base + "/api/1/datasets/?organization=646b7187b50b2a93b1ae3d45", client, 10);

		assertThat(result.pages()).isEqualTo(2);
		assertThat(result.datasets()).extracting(DatasetDescription::remoteId)
			.containsExactly("5d13a8b6634f41070a43dff3", "5d13a8b6634f41070a43dff4");
		assertThat(result.datasets()).allSatisfy(d -> assertThat(d.resources()).hasSize(8));
	}

	private static byte[] envelope(String dataset, String nextPage) {
		return ("{\"data\": [" + dataset + "], \"page\": 1, \"page_size\": 1, \"total\": 2, \"next_page\": " + nextPage
				+ ", \"previous_page\": null}").getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void ckan_search_pages_by_start_and_rows() throws Exception {
		JsonMapper mapper = JsonMapper.builder().build();
		ObjectNode all = (ObjectNode) mapper.readTree(CkanReaderTest.ZURICH);
		ObjectNode first = all.deepCopy();
		first.put("count", 3);
		((ArrayNode) first.get("results")).remove(2);
		ObjectNode second = all.deepCopy();
		second.put("count", 3);
		((ArrayNode) second.get("results")).remove(0);
		((ArrayNode) second.get("results")).remove(0);
		ObjectNode envelope = mapper.createObjectNode().put("help", "package_search").put("success", true);
		envelope.set("result", second);
		serve("/api/3/action/package_search?q=verkehr&rows=2", "application/json", mapper.writeValueAsBytes(first));
		serve("/api/3/action/package_search?q=verkehr&rows=2&start=2", "application/json",
				mapper.writeValueAsBytes(envelope));

		HarvestResult result = HarvestBackend.CKAN.harvest(base + "/api/3/action/package_search?q=verkehr&rows=2",
				client, 10);

		assertThat(result.pages()).isEqualTo(2);
		assertThat(result.datasets()).extracting(DatasetDescription::slug)
			.containsExactly("geo_kommunaler_richtplan_verkehr", "ktzh_haltestellen_des_oeffentlichen_verkehrs___ogd_",
					"ktzh_tarifzonen_des_oeffentlichen_verkehrs__ogd_");
	}

	@Test
	void a_missing_page_says_which_url_and_status() {
		assertThatThrownBy(() -> HarvestBackend.UDATA.harvest(base + "/api/1/datasets/?organization=none", client, 10))
			.isInstanceOf(RemoteCatalogException.class)
			.hasMessage(base + "/api/1/datasets/?organization=none: HTTP status 404");
	}

	@Test
	void redirects_are_followed_and_the_final_url_kept() throws Exception {
		server.createContext("/moved", exchange -> {
			exchange.getResponseHeaders().set("Location", base + "/catalog.ttl");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		serve("/catalog.ttl", "text/turtle", "<a:b> <a:c> <a:d> .".getBytes(StandardCharsets.UTF_8));

		RemoteCatalogClient.RemoteDocument document = client.fetch(base + "/moved", "text/turtle");

		assertThat(document.url()).isEqualTo(base + "/catalog.ttl");
		assertThat(document.contentType()).isEqualTo("text/turtle");
	}

	@Test
	void too_large_too_slow_or_not_http_is_refused_with_the_reason() {
		serve("/big", "text/turtle", new byte[1000]);
		server.createContext("/slow", exchange -> {
			try {
				Thread.sleep(1500);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		RemoteCatalogClient small = new RemoteCatalogClient(Duration.ofSeconds(2), Duration.ofMillis(300), 100);

		assertThatThrownBy(() -> small.fetch(base + "/big", "*/*"))
			.hasMessage(base + "/big: larger than 100 bytes, the harvest limit");
		assertThatThrownBy(() -> small.fetch(base + "/slow", "*/*")).hasMessage(base + "/slow: no answer within 300 ms");
		assertThatThrownBy(() -> small.fetch("ftp://example.org/catalog.rdf", "*/*"))
			.hasMessage("ftp://example.org/catalog.rdf: only http and https URLs can be harvested");
		assertThatThrownBy(() -> small.fetch("http://127.0.0.1:1/catalog", "*/*"))
			.isInstanceOf(RemoteCatalogException.class)
			.hasMessageStartingWith("http://127.0.0.1:1/catalog: cannot be reached: ");
	}
}
