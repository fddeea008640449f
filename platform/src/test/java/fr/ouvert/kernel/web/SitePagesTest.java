package fr.ouvert.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.ouvert.testing.PlatformTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;

/** What every page of the site has: the State layout, its mandatory links, security headers, two languages. */
class SitePagesTest extends PlatformTest {

	@LocalServerPort
	int port;


	@ParameterizedTest
	@ValueSource(strings = { "/", "/plan", "/plan/engagements/1", "/plan/actions/1.1", "/plan/institutions/hatvp", "/donnees",
			"/donnees/plan-actions", "/connexion", "/inscription", "/mot-de-passe-oublie", "/accessibilite", "/mentions-legales",
			"/donnees-personnelles", "/cookies", "/plan-du-site" })
	void everyPageHasTheStateLayoutAndNoInlineCode(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select("header .fr-logo").text()).isEqualTo("République Française");
		assertThat(page.select(".fr-header__service-title").text()).isEqualTo("Ouvert");
		assertThat(page.select(".fr-skiplinks a").eachAttr("href")).containsExactly("#contenu", "#navigation-principale", "#pied-de-page");
		assertThat(page.select("#navigation-principale a").eachText()).contains("Accueil", "Plan d'action", "Données ouvertes");
		assertThat(page.select(".fr-footer__bottom-link").eachText()).contains("Accessibilité : non conforme", "Mentions légales",
				"Données personnelles", "Gestion des cookies");
		assertThat(page.select("main#contenu h1")).hasSize(1);
		assertThat(page.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
		assertThat(page.select("[style]")).as("no inline style (CSP)").isEmpty();
		assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
			.filter(a -> a.getKey().startsWith("on"))).as("no inline event handler").isEmpty();
		assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe");
	}

	@Test
	void securityHeadersAreSet() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().exists("Permissions-Policy"))
			.andExpect(header().string("Content-Security-Policy", SecurityHeadersExpectation.POLICY));
	}

	@Test
	void theLanguageSwitchWorksWithoutJavaScriptAndIsRemembered() throws Exception {
		MockHttpServletResponse switched = mvc.perform(get("/plan?lang=en")).andReturn().getResponse();
		assertThat(Jsoup.parse(switched.getContentAsString()).select("h1").text()).isEqualTo("Tracking the National Action Plan 2018-2020");
		assertThat(switched.getCookie("ouvert_lang").getValue()).isEqualTo("en");
		Document next = Jsoup.parse(mvc.perform(get("/").cookie(switched.getCookie("ouvert_lang"))).andReturn().getResponse()
			.getContentAsString());
		assertThat(next.select("html").attr("lang")).isEqualTo("en");
		assertThat(next.select(".fr-footer__bottom-link").eachText()).contains("Accessibility: not compliant", "Legal notice");
		assertThat(next.select("a[hreflang=fr]").first().attr("href")).isEqualTo("/?lang=fr");
	}

	@Test
	void anUnsupportedLanguageFallsBackToFrench() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/").header("Accept-Language", "de-DE,de;q=0.9")).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
	}

	@Test
	void errorsArePagesOfTheSiteAndJsonForTheApi() throws Exception {
		// Error pages are rendered by the servlet container's error dispatch: real HTTP, not MockMvc.
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> notFound = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/nulle-part"))
			.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(notFound.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(notFound.body());
		assertThat(page.select("h1").text()).isEqualTo("Page non trouvée");
		assertThat(page.select(".fr-footer")).hasSize(1);
		assertThat(notFound.body()).doesNotContain("Exception").doesNotContain("Whitelabel");
		HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/1/plan/commitments/99"))
			.header("Accept", "text/html,application/json").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.body()).isEqualTo("{\"message\":\"Not Found\",\"status\":404}");
	}

	@Test
	void healthIsPublicAndNothingElseOfActuatorIs() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
	}

	@Test
	void designSystemAssetsAreServed() throws Exception {
		mvc.perform(get("/vendor/dsfr/dsfr.min.css")).andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	/** The policy, spelled out here so that a change to it is a deliberate change to this test. */
	static final class SecurityHeadersExpectation {
		static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
				+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
	}
}
