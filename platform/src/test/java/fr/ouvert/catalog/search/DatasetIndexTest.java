package fr.ouvert.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetCommand;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.domain.DatasetSearch;
import fr.ouvert.catalog.domain.Datasets;
import fr.ouvert.catalog.domain.ResourceCommand;
import fr.ouvert.catalog.reuse.ReuseCommand;
import fr.ouvert.catalog.reuse.Reuses;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The index follows every kind of write once it has committed, and only then: a dataset made
 * private, a resource's format, a view, a reuse, a rolled-back creation; and a rebuild finds what
 * was written into the tables directly.
 */
class DatasetIndexTest extends PlatformTest {

	@Autowired
	Datasets datasets;

	@Autowired
	DatasetRepository repository;

	@Autowired
	DatasetSearch search;

	@Autowired
	DatasetIndex index;

	@Autowired
	Reuses reuses;

	@Autowired
	TransactionTemplate transactions;

	private String marker;

	private CurrentUser agent;

	@BeforeEach
	void agent() {
		marker = "i" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		long organisation = jdbc.sql("select id from account_organisation where slug = 'cour-des-comptes'")
			.query(Long.class)
			.single();
		agent = new CurrentUser(1, "Agent", "agent@example.fr", Set.of(Role.AGENT), organisation, "Cour", true);
	}

	private Dataset create(String title, String visibility) {
		Datasets.Outcome outcome = datasets.create(agent, command(title, visibility));
		assertThat(outcome.errors().all()).isEmpty();
		return outcome.dataset();
	}

	private DatasetCommand command(String title, String visibility) {
		return new DatasetCommand(title, null, "Relevés des stations de mesure.", agent.organisationId(),
				List.of(marker), "lov2", null, null, null, List.of(), null, null, visibility);
	}

	private List<String> titles(String q, String format, String sort) {
		return search.search(new DatasetSearch.Query(q, null, List.of(marker), null, format, null, null, null, null, null,
				null, sort, false), PageRequest.of(1, 20), false).datasets().stream().map(Dataset::title).toList();
	}

	@Test
	void onlyPublicDatasetsAreFoundAndAChangeOfVisibilityFollows() {
		create("Hauteurs des rivières", "public");
		Dataset draft = create("Hauteurs des lacs", "draft");
		assertThat(titles("hauteur", null, null)).containsExactly("Hauteurs des rivières");

		assertThat(datasets.update(agent, draft.id().toString(), command("Hauteurs des lacs", "public")).errors().all())
			.isEmpty();
		assertThat(titles("hauteur", null, "title")).containsExactly("Hauteurs des lacs", "Hauteurs des rivières");

		assertThat(datasets.update(agent, draft.id().toString(), command("Hauteurs des lacs", "private")).errors().all())
			.isEmpty();
		assertThat(titles("hauteur", null, null)).containsExactly("Hauteurs des rivières");
	}

	@Test
	void aResourceGivesItsFormatToTheFilterAndTheFacet() {
		Dataset stations = create("Stations de mesure", "public");
		assertThat(titles(null, "geojson", null)).isEmpty();
		assertThat(datasets.addRemoteResource(agent, stations.slug(), new ResourceCommand("Stations", null, "main",
				"https://example.org/stations.geojson", "GeoJSON", null)).errors().all()).isEmpty();
		assertThat(titles(null, "geojson", null)).containsExactly("Stations de mesure");
		DatasetSearch.Result result = search.search(new DatasetSearch.Query(null, null, List.of(marker), null, null, null,
				null, null, null, null, null, null, false), PageRequest.of(1, 20), true);
		assertThat(result.facets().get("format")).containsExactly(new DatasetSearch.FacetValue("geojson", "geojson", 1));
	}

	@Test
	void viewsAndReusesReorderTheirSorts() {
		Dataset sources = create("Débits des sources", "public");
		Dataset seen = create("Débits des fleuves", "public");
		repository.countView(sources.id());
		assertThat(titles(null, null, "-views")).containsExactly("Débits des sources", "Débits des fleuves");
		repository.countView(seen.id());
		repository.countView(seen.id());
		assertThat(titles(null, null, "-views")).containsExactly("Débits des fleuves", "Débits des sources");

		assertThat(reuses.create(agent, new ReuseCommand("Carte des débits", "Une carte des débits.",
				"https://example.org/carte", "visualization", List.of(seen.slug()), null)).errors().all()).isEmpty();
		assertThat(titles(null, null, "-reuses")).containsExactly("Débits des fleuves", "Débits des sources");
		assertThat(titles(null, null, "reuses")).containsExactly("Débits des sources", "Débits des fleuves");
	}

	@Test
	void aRolledBackCreationIsNeverFound() {
		transactions.executeWithoutResult(status -> {
			create("Niveaux des nappes", "public");
			status.setRollbackOnly();
		});
		assertThat(titles("nappes", null, null)).isEmpty();
		create("Niveaux des nappes", "public");
		assertThat(titles("nappes", null, null)).containsExactly("Niveaux des nappes");
	}

	@Test
	void aRebuildFindsRowsWrittenBehindThePlatformsBack() {
		Dataset dataset = create("Températures des océans", "public");
		jdbc.sql("update catalog_dataset set title = 'Salinité des océans' where id = :id").param("id", dataset.id()).update();
		assertThat(titles("salinite", null, null)).isEmpty();
		assertThat(index.rebuild().datasets()).isPositive();
		assertThat(titles("salinite", null, null)).containsExactly("Salinité des océans");
	}
}
