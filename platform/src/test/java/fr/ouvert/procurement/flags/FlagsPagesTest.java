package fr.ouvert.procurement.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import fr.ouvert.testing.PlatformTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** The page of the flags and their API: every flag explained with its count, what raises it, page by page. */
class FlagsPagesTest extends PlatformTest {

	@Autowired
	RedFlagComputation computation;

	@Autowired
	ObjectMapper json;

	StoreRows store;

	long early;

	long late;

	@BeforeEach
	void twoLateContracts() {
		store = new StoreRows(jdbc);
		store.clear();
		LocalDate notified = LocalDate.of(2024, 1, 1);
		early = store.contract().notified(notified).published(notified.plusDays(70)).insert();
		late = store.contract().notified(notified).published(notified.plusDays(200)).insert();
		computation.recompute();
	}

	@Test
	void thePageExplainsEveryFlagWithItsCountAndTheIndicatorsDecpCannotGive() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/marches-publics/signaux")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		for (RedFlag flag : RedFlag.values()) {
			assertThat(page.getElementById(flag.code())).as(flag.code()).isNotNull();
		}
		assertThat(page.getElementById("late-publication").text()).contains("Publication tardive", "62 jours");
		assertThat(page.getElementById("late-publication").select("td").get(2).text()).startsWith("2 ");
		assertThat(page.getElementById("R003").text()).contains("Non calculable", "BOAMP");
		assertThat(page.getElementById("R018").select("a").attr("href")).isEqualTo("#single-offer");
		assertThat(page.getElementById("R048").select("a").attr("href")).isEqualTo("#heterogeneous-supplier");
	}

	@Test
	void thePageIsInEnglishToo() throws Exception {
		String html = mvc.perform(get("/marches-publics/signaux").param("lang", "en")).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).getElementById("late-publication").text()).contains("Late publication");
	}

	@Test
	void theApiListsTheFlagsWithTheirFormulaAndCount() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/1/procurement/flags")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		JsonNode catalogue = json.readTree(response.getContentAsString());
		assertThat(catalogue.path("data").size()).isEqualTo(RedFlag.values().length);
		JsonNode late = null;
		for (JsonNode flag : catalogue.path("data")) {
			if (flag.path("code").asString().equals("late-publication")) {
				late = flag;
			}
		}
		assertThat(late).isNotNull();
		assertThat(late.path("count").asInt()).isEqualTo(2);
		assertThat(late.path("scope").asString()).isEqualTo("contract");
		assertThat(late.path("formula").asString()).contains("62");
		assertThat(late.path("page").asString()).endsWith("/marches-publics/signaux#late-publication");
		assertThat(catalogue.path("cardinal").size()).isEqualTo(CardinalIndicator.values().length);
	}

	@Test
	void theApiPagesTheContractsRaisingAFlagStrongestFirst() throws Exception {
		JsonNode first = json.readTree(mvc.perform(get("/api/1/procurement/flags/late-publication").param("page_size", "1"))
			.andReturn().getResponse().getContentAsString());
		assertThat(first.path("total").asInt()).isEqualTo(2);
		assertThat(first.path("data").get(0).path("contract_id").asLong()).isEqualTo(late);
		assertThat(first.path("data").get(0).path("value").asInt()).isEqualTo(200);
		assertThat(first.path("data").get(0).has("year")).isFalse();
		assertThat(first.path("next_page").asString()).contains("page=2");
		JsonNode second = json.readTree(mvc.perform(get("/api/1/procurement/flags/late-publication").param("page", "2")
			.param("page_size", "1")).andReturn().getResponse().getContentAsString());
		assertThat(second.path("data").get(0).path("contract_id").asLong()).isEqualTo(early);
		assertThat(second.path("next_page").isNull()).isTrue();
	}

	@Test
	void anUnknownFlagIsNotFound() throws Exception {
		assertThat(mvc.perform(get("/api/1/procurement/flags/no-such-flag")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}
}
