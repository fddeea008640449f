package fr.ouvert.integrity.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.ouvert.hatvp.register.Organisation;
import fr.ouvert.integrity.register.domain.RegisterSearch;
import fr.ouvert.integrity.register.domain.RegisterSearch.Facet;
import fr.ouvert.integrity.register.importing.RegisterImports;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search's linked filters over three representatives of their own (the text filter keeps other tests' data out):
 * each facet counts what choosing its value would give with the other filters applied; expense brackets are ranked
 * by their lower bound; reports are flagged late or missing against their deadline, financial years ending on any day.
 */
class RegisterSearchTest extends PlatformTest {

	private static final String PARLEMENT = "Député ; sénateur ; collaborateur parlementaire ou agents des services des assemblées parlementaires";
	private static final String GOUVERNEMENT = "Membre du Gouvernement ou membre de cabinet ministériel - Economie et finances";
	private static final String LOIS = "Lois, y compris constitutionnelles";
	private static final String ACTES = "Actes réglementaires";
	private static final String REUNIONS = "Organiser des discussions informelles ou des réunions en tête-à-tête";

	@Autowired
	RegisterImports imports;

	@Autowired
	RegisterSearch search;

	private String marker;
	private String consultancy;
	private String client;

	@BeforeEach
	void threeRepresentatives() throws Exception {
		marker = "Filtres" + RegisterFixtures.hatvpId();
		consultancy = RegisterFixtures.hatvpId();
		client = RegisterFixtures.hatvpId();
		String third = RegisterFixtures.hatvpId();
		imports.importJson(RegisterFixtures.json(
				// An association in energy lobbying MPs, its financial year ending on 23 January, filed late.
				RegisterFixtures.publication(client, marker + " A", "ASSOC", "ENERGIE", List.of(),
						List.of(RegisterFixtures.exercice(1, LocalDate.of(2018, 1, 24), LocalDate.of(2019, 1, 23),
								LocalDateTime.of(2019, 4, 24, 10, 0), "> = 100 000 euros et < 200 000 euros",
								List.of(RegisterFixtures.action(PARLEMENT, LOIS, REUNIONS))))),
				// An association in health lobbying the government, its report for 2024 never filed.
				RegisterFixtures.publication(third, marker + " B", "ASSOC", "SANTE", List.of(),
						List.of(RegisterFixtures.exercice(2, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, null,
								List.of()),
								RegisterFixtures.exercice(3, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
										LocalDateTime.of(2024, 3, 1, 10, 0), "< 10 000 euros",
										List.of(RegisterFixtures.action(GOUVERNEMENT, ACTES, REUNIONS))))),
				// A consultancy in energy lobbying MPs for the association A, filed in time.
				RegisterFixtures.publication(consultancy, marker + " C", "COCAB", "ENERGIE",
						List.of(new Organisation(marker + " A", client, "HATVP", false)),
						List.of(RegisterFixtures.exercice(4, LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30),
								LocalDateTime.of(2024, 9, 1, 10, 0), "> = 10 000 euros et < 25 000 euros",
								List.of(RegisterFixtures.action(PARLEMENT, ACTES, REUNIONS)))))),
				"filtres.json");
	}

	@Test
	void eachFacetCountsWithTheOtherFiltersApplied() {
		RegisterSearch.Result all = run(filters(null, null, null, null, null, null));
		assertThat(all.total()).isEqualTo(3);
		assertThat(counts(all, Facet.CATEGORY)).isEqualTo(Map.of("ASSOC", 2L, "COCAB", 1L));
		assertThat(counts(all, Facet.OFFICIAL)).isEqualTo(Map.of("PARLEMENTAIRE", 2L, "MEMBRE_GOUVERNEMENT", 1L));

		RegisterSearch.Result associations = run(filters("ASSOC", null, null, null, null, null));
		assertThat(associations.total()).isEqualTo(2);
		assertThat(counts(associations, Facet.CATEGORY)).as("its own facet ignores its filter")
			.isEqualTo(Map.of("ASSOC", 2L, "COCAB", 1L));
		assertThat(counts(associations, Facet.SECTOR)).isEqualTo(Map.of("ENERGIE", 1L, "SANTE", 1L));
		assertThat(counts(associations, Facet.DECISION)).isEqualTo(Map.of(LOIS, 1L, ACTES, 1L));

		RegisterSearch.Result energyMps = run(filters(null, "ENERGIE", "PARLEMENTAIRE", null, null, null));
		assertThat(energyMps.hits()).extracting(RegisterSearch.Hit::denomination).containsExactly(marker + " A", marker + " C");
		assertThat(counts(energyMps, Facet.CATEGORY)).isEqualTo(Map.of("ASSOC", 1L, "COCAB", 1L));
		assertThat(counts(energyMps, Facet.OFFICIAL)).as("with the sector chosen, the government is not a choice")
			.isEqualTo(Map.of("PARLEMENTAIRE", 2L));

		RegisterSearch.Result linked = run(filters("ASSOC", "ENERGIE", null, ACTES, null, null));
		assertThat(linked.total()).isZero();
	}

	@Test
	void expenseBracketsAreRankedByTheirLowerBoundAndFilterWithinThePeriod() {
		RegisterSearch.Result all = run(filters(null, null, null, null, null, null));
		assertThat(all.facets().get(Facet.EXPENSE)).extracting(RegisterSearch.Count::value)
			.containsExactly("0", "10000", "100000");
		RegisterSearch.Result in2024 = run(filters(null, null, null, null, 2024, null));
		assertThat(in2024.hits()).extracting(RegisterSearch.Hit::denomination).containsExactly(marker + " B", marker + " C");
		assertThat(in2024.facets().get(Facet.EXPENSE)).extracting(RegisterSearch.Count::value).containsExactly("10000");
		RegisterSearch.Result bracket = run(new RegisterSearch.Filters(marker, null, null, null, null, null, null, 100_000L, null));
		assertThat(bracket.hits()).extracting(RegisterSearch.Hit::denomination).containsExactly(marker + " A");
		assertThat(bracket.hits().get(0).latestExpenseLower()).isEqualTo(100_000L);
	}

	@Test
	void lateAndMissingReportsAreFlaggedWhateverDayTheFinancialYearEnds() {
		RegisterSearch.Result all = run(filters(null, null, null, null, null, null));
		assertThat(counts(all, Facet.STATUS)).isEqualTo(Map.of("late", 1L, "missing", 1L));
		assertThat(run(new RegisterSearch.Filters(marker, null, null, null, null, null, null, null, "late")).hits())
			.extracting(RegisterSearch.Hit::denomination).containsExactly(marker + " A");
		assertThat(run(new RegisterSearch.Filters(marker, null, null, null, null, null, null, null, "missing")).hits())
			.extracting(RegisterSearch.Hit::denomination).containsExactly(marker + " B");
	}

	@Test
	void thePageShowsTheFiltersCountsAndTheNetwork() throws Exception {
		String page = mvc.perform(get("/representants-interets").param("q", marker).param("categorie", "ASSOC"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("2 représentants").contains("Cabinet de conseils (1)").contains("estimation basse")
			.contains("Rapport en retard").contains("Rapport manquant");
		long a = jdbc.sql("select id from integrity_representative where national_id = ?").param(client).query(Long.class).single();
		long c = jdbc.sql("select id from integrity_representative where national_id = ?").param(consultancy).query(Long.class).single();
		String clientPage = mvc.perform(get("/representants-interets/" + a)).andReturn().getResponse().getContentAsString();
		assertThat(clientPage).contains("href=\"/representants-interets/" + c + "\"");
		String consultancyPage = mvc.perform(get("/representants-interets/" + c)).andReturn().getResponse().getContentAsString();
		assertThat(consultancyPage).contains("href=\"/representants-interets/" + a + "\"");
	}

	private RegisterSearch.Filters filters(String category, String sector, String official, String decision, Integer year,
			String status) {
		return new RegisterSearch.Filters(marker, category, sector, official, decision, null, year, null, status);
	}

	private RegisterSearch.Result run(RegisterSearch.Filters filters) {
		return search.search(filters, PageRequest.of(1, 20));
	}

	private static Map<String, Long> counts(RegisterSearch.Result result, Facet facet) {
		return result.facets().get(facet).stream()
			.collect(Collectors.toMap(RegisterSearch.Count::value, RegisterSearch.Count::count));
	}
}
