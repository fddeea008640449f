package fr.ouvert.catalog.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.domain.Quality;
import fr.ouvert.catalog.domain.Resource;
import fr.ouvert.catalog.schema.ResourceValidation;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo data set imports, twice without duplicates; the real data.gouv.fr record is scored
 * criterion by criterion as udata scores it (acceptance 1 of the catalog issue, with the one
 * difference explained below: data.gouv.fr serves a score cached before the record's last change).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest extends PlatformTest {

	@Autowired
	DemoData demoData;

	@Autowired
	DatasetRepository repository;

	@Autowired
	ResourceValidation validation;

	@BeforeAll
	void importTwice() throws Exception {
		demoData.importAll();
		demoData.importAll();
	}

	private Dataset imported(String remoteId) {
		return repository.findImported(remoteId).orElseThrow();
	}

	@Test
	void theDataGouvRecordHasTheQualityDataGouvGaveIt() {
		Dataset catalogue = imported("5d13a8b6634f41070a43dff3");
		List<Resource> resources = repository.resources(catalogue.id());
		assertThat(catalogue.title()).isEqualTo("Catalogue des données de data.gouv.fr");
		assertThat(resources).hasSize(8);
		// data.gouv.fr's own quality block, as recorded with the sample (score 0.666666666666667).
		Map<String, Boolean> datagouv = new LinkedHashMap<>();
		datagouv.put("all_resources_available", true);
		datagouv.put("dataset_description_quality", true);
		datagouv.put("has_open_format", true);
		datagouv.put("license", true);
		// data.gouv.fr serves its cached score: false, computed before the record's last change. The
		// record as served has a "documentation" resource (export-tag, modified at 08:15:29, after the
		// dataset's last save at 06:15:30), which udata's own rule counts: true, one point more.
		datagouv.put("resources_documentation", true);
		datagouv.put("spatial", false);
		datagouv.put("temporal_coverage", false);
		datagouv.put("update_frequency", true);
		datagouv.put("update_fulfilled_in_time", true);
		// Read when it was recorded, a day after its last weekly update.
		Quality then = Quality.of(catalogue, resources, catalogue.lastUpdate().plusSeconds(86_400));
		assertThat(then.criteria()).containsExactlyInAnyOrderEntriesOf(datagouv);
		assertThat(then.points()).isEqualTo(7);
		// Without the documentation resource, the record is the one data.gouv.fr scored: 6/9 exactly.
		List<Resource> asScored = resources.stream().filter(r -> !"documentation".equals(r.type())).toList();
		Quality scored = Quality.of(catalogue, asScored, catalogue.lastUpdate().plusSeconds(86_400));
		assertThat(scored.score()).isEqualTo(6.0 / 9);
		assertThat(scored.toFix()).containsExactlyInAnyOrder("resources_documentation", "spatial", "temporal_coverage");
		// Read now, more than a week after that update: the weekly rhythm is no longer kept.
		Quality now = Quality.of(catalogue, resources, Instant.now());
		assertThat(now.criteria()).containsEntry("update_fulfilled_in_time", false);
		assertThat(now.points()).isEqualTo(6);
	}

	@Test
	void theZurichCkanRecordsAreImportedUnderTheirOrganisation() {
		long zurich = jdbc.sql("select count(*) from catalog_dataset where organisation_name = 'Stadt Zürich'")
			.query(Long.class).single();
		assertThat(zurich).isEqualTo(3);
	}

	@Test
	void theSubventionsExamplesAreValidatedOnceEach() {
		Dataset subventions = imported("demo-scdl-subventions");
		List<Resource> resources = repository.resources(subventions.id());
		assertThat(resources).extracting(Resource::title)
			.containsExactly("Exemple conforme (Antibes)", "Exemple avec des erreurs (Poitiers)");
		ResourceValidation.Report valid = validation.find(resources.get(0).id()).orElseThrow();
		ResourceValidation.Report invalid = validation.find(resources.get(1).id()).orElseThrow();
		assertThat(valid.valid()).isTrue();
		assertThat(valid.rows()).isEqualTo(29);
		assertThat(invalid.valid()).isFalse();
		assertThat(invalid.problems()).extracting(ResourceValidation.Problem::type)
			.contains("constraint-error", "type-error", "french-siret-value");
	}
}
