package fr.ouvert.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

/** A citizen declares a reuse from a dataset's page; it is listed there and has its own page. */
class CitizenDeclaresAReuseTest extends PlatformTest {

	@Test
	void aDeclaredReuseAppearsOnTheDatasetAndHasItsPage() throws Exception {
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		String title = "Carte des débats " + UUID.randomUUID();
		mvc.perform(post("/catalogue/jeux/plan-actions/reutilisations").session(citizen).with(csrf())
			.param("reuseTitle", title).param("reuseUrl", "https://example.org/carte")
			.param("type", "visualization").param("description", "Une carte des actions du plan par ministère."))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "catalog.reuse.flash.created"));
		Document dataset = Jsoup.parse(mvc.perform(get("/catalogue/jeux/plan-actions")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		String link = dataset.select("#reutilisations a:contains(" + title + ")").attr("href");
		assertThat(link).startsWith("/catalogue/reutilisations/carte-des-debats-");
		Document reuse = Jsoup.parse(mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(reuse.select("h1").text()).isEqualTo(title);
		assertThat(reuse.select("main ul li a").eachAttr("href")).contains("/catalogue/jeux/plan-actions");
	}

	@Test
	void aReuseWithoutAddressIsRefusedWithTheReason() throws Exception {
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		mvc.perform(post("/catalogue/jeux/plan-actions/reutilisations").session(citizen).with(csrf())
			.param("reuseTitle", "Sans adresse").param("type", "idea").param("description", "Une idée."))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashError", "catalog.error.url"));
	}
}
