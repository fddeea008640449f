package fr.ouvert.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetCommand;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.domain.Datasets;
import fr.ouvert.catalog.domain.Resource;
import fr.ouvert.catalog.domain.ResourceCommand;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.testing.PlatformTest;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Acceptance 4: an organisation's DCAT export, fetched over HTTP, parses with Jena, and harvesting
 * it into another organisation reproduces its datasets; a second run changes nothing, and a dataset
 * archived at the source is archived at the harvester.
 */
class HarvestDcatIntoAnotherOrganisationTest extends PlatformTest {

	@LocalServerPort
	int port;

	@Autowired
	Datasets datasets;

	@Autowired
	DatasetRepository repository;

	@Autowired
	HarvestSources sources;

	private long organisation(String slug) {
		return jdbc.sql("select id from account_organisation where slug = ?").param(slug).query(Long.class).single();
	}

	@Test
	void anOrganisationsCatalogIsReproducedElsewhere() throws Exception {
		long cndp = organisation("cndp");
		CurrentUser agent = new CurrentUser(1, "Agent", "agent@example.fr", Set.of(Role.AGENT), cndp, "CNDP", true);
		for (int i = 0; i < 3; i++) {
			String slug = datasets.create(agent, new DatasetCommand("Débats publics " + i + " " + UUID.randomUUID(), "DP",
					"Les débats publics organisés par la Commission nationale du débat public, avec leurs dates, "
							+ "leurs thèmes et leurs comptes rendus.",
					cndp, List.of("débat public", "participation"), "lov2", "annual", "2019-01-01", "2020-12-31",
					List.of("fr:region:53"), "fr:region", null, "public")).dataset().slug();
			datasets.addRemoteResource(agent, slug, new ResourceCommand("Liste", "Une ligne par débat", "main",
					"https://example.org/debats-" + i + ".csv", "csv", "scdl/deliberations"));
			datasets.addUploadedResource(agent, slug, new ResourceCommand("Notice", null, "documentation", null, "txt", null),
					"notice.txt", "text/plain", new ByteArrayInputStream("Notice".getBytes()));
		}
		String url = "http://localhost:" + port + "/api/1/organizations/cndp/catalog.ttl";
		HttpResponse<byte[]> export = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
		Model model = ModelFactory.createDefaultModel();
		RDFDataMgr.read(model, new ByteArrayInputStream(export.body()), Lang.TURTLE);
		List<Dataset> published = repository.findAll(jdbc.sql(
				"select id from catalog_dataset where organisation_id = ? and visibility = 'public' and archived_at is null")
			.param(cndp).query(UUID.class).list());
		assertThat(model.listSubjectsWithProperty(RDF.type, model.createResource("http://www.w3.org/ns/dcat#Dataset")).toList())
			.hasSize(published.size());

		long hatvp = organisation("hatvp");
		CurrentUser harvester = new CurrentUser(2, "Agent", "agent2@example.fr", Set.of(Role.AGENT), hatvp, "HATVP", true);
		HarvestSources.Source source = sources.create(harvester, hatvp, "CNDP en DCAT", "dcat", url).source();
		HarvestSources.Job first = sources.run(harvester, source.id());
		assertThat(first.status()).isIn("done", "done-errors");
		assertThat(first.created()).isEqualTo(published.size());

		Map<String, Dataset> harvested = repository.findByHarvestSource(source.id()).stream()
			.collect(Collectors.toMap(Dataset::title, Function.identity()));
		for (Dataset original : published) {
			Dataset copy = harvested.get(original.title());
			assertThat(copy).as(original.title()).isNotNull();
			assertThat(copy.organisationId()).isEqualTo(hatvp);
			assertThat(copy.description()).isEqualTo(original.description());
			assertThat(copy.tags()).containsExactlyInAnyOrderElementsOf(original.tags());
			assertThat(copy.licence()).isEqualTo(original.licence());
			assertThat(copy.frequency()).isEqualTo(original.frequency());
			assertThat(copy.temporalStart()).isEqualTo(original.temporalStart());
			assertThat(copy.temporalEnd()).isEqualTo(original.temporalEnd());
			assertThat(copy.spatialZones()).isEqualTo(original.spatialZones());
			assertThat(repository.resources(copy.id())).extracting(Resource::title)
				.containsExactlyInAnyOrderElementsOf(repository.resources(original.id()).stream().map(Resource::title).toList());
			assertThat(repository.resources(copy.id())).extracting(Resource::schemaName)
				.containsExactlyInAnyOrderElementsOf(repository.resources(original.id()).stream().map(Resource::schemaName).toList());
		}

		HarvestSources.Job second = sources.run(harvester, source.id());
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(published.size());

		datasets.archive(agent, published.get(0).slug());
		HarvestSources.Job third = sources.run(harvester, source.id());
		assertThat(third.archived()).isEqualTo(1);
		assertThat(harvested.get(published.get(0).title()).id()).satisfies(id ->
			assertThat(repository.find(id.toString()).orElseThrow().archived()).isTrue());
	}

	@Test
	void anUnreachableSourceFailsTheRunAndWritesNothing() {
		long hatvp = organisation("hatvp");
		CurrentUser harvester = new CurrentUser(2, "Agent", "agent2@example.fr", Set.of(Role.AGENT), hatvp, "HATVP", true);
		HarvestSources.Source source = sources.create(harvester, hatvp, "Absent",
				"udata", "http://localhost:" + port + "/api/1/nulle-part/" + UUID.randomUUID()).source();
		HarvestSources.Job job = sources.run(harvester, source.id());
		assertThat(job.status()).isEqualTo("failed");
		assertThat(job.problems()).hasSize(1);
		assertThat(job.problems().get(0)).contains("/api/1/nulle-part/");
		assertThat(repository.findByHarvestSource(source.id())).isEmpty();
	}
}
