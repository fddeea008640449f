package fr.ouvert.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** French full text, filters, facets and sorts over datasets created through the service. */
class CatalogSearchTest extends PlatformTest {

	@Autowired
	Datasets datasets;

	@Autowired
	DatasetSearch search;

	private String marker;

	private long organisation;

	@BeforeEach
	void createDatasets() {
		marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		organisation = jdbc.sql("select id from account_organisation where slug = 'cour-des-comptes'").query(Long.class).single();
		CurrentUser agent = new CurrentUser(1, "Agent", "agent@example.fr", Set.of(Role.AGENT), organisation, "Cour", true);
		create(agent, "Horaires des transports en commun " + marker, List.of("mobilite", marker), "lov2", "daily");
		create(agent, "Données budgétaires des régions " + marker, List.of("budget", marker), "odc-odbl", "annual");
		create(agent, "Subventions aux associations " + marker, List.of("budget", marker), "lov2", null);
	}

	private void create(CurrentUser agent, String title, List<String> tags, String licence, String frequency) {
		Datasets.Outcome outcome = datasets.create(agent, new DatasetCommand(title, null,
				"Un jeu de données de test pour la recherche en texte intégral.", organisation, tags, licence, frequency,
				null, null, List.of(), null, null, "public"));
		assertThat(outcome.errors().all()).isEmpty();
	}

	private DatasetSearch.Result find(String q, String tag) {
		return search.search(new DatasetSearch.Query(q, null, tag == null ? List.of(marker) : List.of(marker, tag), null,
				null, null, null, null, null, null, null, null, false), PageRequest.of(1, 20), true);
	}

	@Test
	void frenchStemmingAndAccentsMeet() {
		assertThat(find("transport", null).datasets()).extracting(Dataset::title).containsExactly("Horaires des transports en commun " + marker);
		assertThat(find("donnee budgetaire", null).datasets()).extracting(Dataset::title)
			.containsExactly("Données budgétaires des régions " + marker);
		assertThat(find("Région", null).total()).isEqualTo(1);
		// Words are joined with AND, as in udata's API v1.
		assertThat(find("transports budget", null).total()).isZero();
	}

	@Test
	void tagsFilterAndFacetsCountTheMatchingSet() {
		DatasetSearch.Result budget = find(null, "budget");
		assertThat(budget.total()).isEqualTo(2);
		assertThat(budget.facets().get("license")).extracting(DatasetSearch.FacetValue::name, DatasetSearch.FacetValue::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("lov2", 1L), org.assertj.core.groups.Tuple.tuple("odc-odbl", 1L));
		assertThat(budget.facets().get("frequency")).extracting(DatasetSearch.FacetValue::name).containsExactly("annual");
		assertThat(budget.facets().get("organization")).extracting(DatasetSearch.FacetValue::count).containsExactly(2L);
	}

	@Test
	void sortsAreUdatasAndAnUnknownSortIsABadRequest() {
		DatasetSearch.Result byTitle = search.search(new DatasetSearch.Query(null, null, List.of(marker), null, null, null,
				null, null, null, null, null, "title", false), PageRequest.of(1, 20), false);
		assertThat(byTitle.datasets()).extracting(Dataset::title).isSorted();
		assertThatThrownBy(() -> search.search(new DatasetSearch.Query(null, null, List.of(), null, null, null, null, null,
				null, null, null, "-votes", false), PageRequest.of(1, 20), false))
			.isInstanceOf(BadRequestException.class);
	}

	@Test
	void archivedDatasetsLeaveTheResults() {
		Dataset transports = find("transport", null).datasets().get(0);
		CurrentUser agent = new CurrentUser(1, "Agent", "agent@example.fr", Set.of(Role.AGENT), organisation, "Cour", true);
		datasets.archive(agent, transports.slug());
		assertThat(find("transport", null).total()).isZero();
		assertThat(search.search(new DatasetSearch.Query("transport", null, List.of(marker), null, null, null, null, null,
				null, null, null, null, true), PageRequest.of(1, 20), false).total()).isEqualTo(1);
	}
}
