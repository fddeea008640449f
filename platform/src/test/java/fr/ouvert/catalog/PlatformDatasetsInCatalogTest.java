package fr.ouvert.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.domain.Quality;
import fr.ouvert.catalog.domain.Resource;
import fr.ouvert.catalog.platform.PlatformDatasets;
import fr.ouvert.catalog.schema.SchemaRegistry;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The plan tracker's open datasets are in the catalog, under the platform's organisation. */
class PlatformDatasetsInCatalogTest extends PlatformTest {

	@Autowired
	DatasetRepository repository;

	@Autowired
	PlatformDatasets platformDatasets;

	@Autowired
	SchemaRegistry schemas;

	@Test
	void thePlansDatasetsAreCatalogedWithTheirExportsAndSchema() {
		for (String slug : List.of("plan-engagements", "plan-actions", "plan-historique-statuts")) {
			Dataset dataset = repository.findByPlatformDataset(slug).orElseThrow();
			assertThat(dataset.origin()).isEqualTo("platform");
			assertThat(dataset.organisationName()).startsWith("Ouvert");
			assertThat(dataset.licence()).isEqualTo("lov2");
			List<Resource> resources = repository.resources(dataset.id());
			assertThat(resources).extracting(Resource::url)
				.containsExactly("http://localhost:8080/api/1/opendata/" + slug + "/export.csv",
						"http://localhost:8080/api/1/opendata/" + slug + "/export.json",
						"http://localhost:8080/api/1/opendata/" + slug + "/schema.json",
						"http://localhost:8080/api/1/opendata/" + slug + "/rows");
			assertThat(resources.get(0).schemaName()).isEqualTo("ouvert/" + slug);
			assertThat(schemas.find("ouvert/" + slug)).isPresent();
			// Everything but the temporal coverage, which an open dataset declaration does not carry.
			Quality quality = Quality.of(dataset, resources, java.time.Instant.now());
			assertThat(quality.toFix()).containsExactly("temporal_coverage");
		}
	}

	@Test
	void aSecondSynchronisationChangesNothing() {
		platformDatasets.synchronise();
		assertThat(platformDatasets.synchronise()).isZero();
	}
}
