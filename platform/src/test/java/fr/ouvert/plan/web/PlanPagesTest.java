package fr.ouvert.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ouvert.testing.PlatformTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The plan's pages as a visitor reads them (French by default). */
class PlanPagesTest extends PlatformTest {

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void theOverviewListsTwentyOneCommitmentsInFiveSections() throws Exception {
		Document overview = page("/plan");
		assertThat(overview.select("#liste-engagements h2")).hasSize(5);
		assertThat(overview.select("#liste-engagements h2").first().text())
			.isEqualTo("1. Transparence, intégrité et redevabilité de la vie publique et économique");
		assertThat(overview.select("[id^=engagement-]")).hasSize(21);
		assertThat(overview.select("#engagement-14 h3").text())
			.isEqualTo("Engagement 14 — Organiser en France un sommet international sur les Gov Tech");
		assertThat(overview.select("#avancement-global").attr("max")).isEqualTo("100");
	}

	@Test
	void commitment18ShowsTheOrcidActionWithItsCalendar() throws Exception {
		Element row = actionRow(page("/plan/engagements/18"), "Adhésion nationale à ORCID");
		assertThat(row.select(".ouvert-calendar").text()).isEqualTo("2018 ou 2019");
		assertThat(row.text()).contains("31 décembre 2019");
	}

	@Test
	void commitment14ShowsTheSummitActionWithItsCalendar() throws Exception {
		Element row = actionRow(page("/plan/engagements/14"), "Organiser dès 2018 un sommet international");
		assertThat(row.select(".ouvert-calendar").text()).isEqualTo("S2 2018");
	}

	@Test
	void ministrySpecificEngagementsHaveTheirOwnTable() throws Exception {
		Document commitment = page("/plan/engagements/5");
		assertThat(commitment.select("h2").eachText()).contains("Engagements particuliers des ministères");
		assertThat(commitment.select("tr[data-action=5.M1]").text()).contains("dotation globale de fonctionnement");
	}

	@Test
	void overdueActionsAreFlagged() throws Exception {
		// Today is past every deadline of the 2018-2020 plan: an action not completed with a deadline is overdue.
		Element row = actionRow(page("/plan/engagements/18"), "Adhésion nationale à ORCID");
		assertThat(row.select("[data-overdue]").text()).isEqualTo("En retard");
		Element continuous = page("/plan/engagements/18").selectFirst("tr[data-action=18.10]");
		assertThat(continuous.select("[data-overdue]")).as("no deadline, never overdue").isEmpty();
	}

	@Test
	void filtersNarrowTheList() throws Exception {
		Document cour = page("/plan?institution=cour-des-comptes");
		assertThat(cour.select("[id^=engagement-]").eachAttr("id")).containsExactly("engagement-19");
		Document science = page("/plan?principle=innovation-technologie");
		assertThat(science.select("[id^=engagement-]").eachAttr("id")).contains("engagement-18");
	}

	@Test
	void htmxFiltersGetOnlyTheList() throws Exception {
		String fragment = mvc.perform(get("/plan?institution=hatvp").header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(fragment).startsWith("<div id=\"liste-engagements\"").doesNotContain("<html");
		assertThat(Jsoup.parse(fragment).select("[id^=engagement-]").eachAttr("id"))
			.containsExactly("engagement-20", "engagement-21");
	}

	@Test
	void theInstitutionPageListsWhatItCarries() throws Exception {
		Document hatvp = page("/plan/institutions/hatvp");
		assertThat(hatvp.select("h1").text()).isEqualTo("Haute Autorité pour la Transparence de la Vie Publique (HATVP)");
		assertThat(hatvp.select("main li a").eachText()).anyMatch(t -> t.startsWith("Engagement 20"));
	}

	@Test
	void unknownRecordsAreNotFound() throws Exception {
		mvc.perform(get("/plan/engagements/99")).andExpect(status().isNotFound());
		mvc.perform(get("/plan/actions/99.1")).andExpect(status().isNotFound());
		mvc.perform(get("/plan/institutions/inconnue")).andExpect(status().isNotFound());
	}

	@Test
	void pagesAreInEnglishOnRequest() throws Exception {
		String english = mvc.perform(get("/plan").header("Accept-Language", "en-GB,en;q=0.9"))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(english).select("h1").text()).isEqualTo("Tracking the National Action Plan 2018-2020");
		assertThat(Jsoup.parse(english).select("html").attr("lang")).isEqualTo("en");
	}

	private static Element actionRow(Document page, String textStart) {
		return page.select("tr[data-action]").stream()
			.filter(r -> r.select(".ouvert-action-text").text().startsWith(textStart))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No action starting with " + textStart));
	}
}
