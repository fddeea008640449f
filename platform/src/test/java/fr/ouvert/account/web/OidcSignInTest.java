package fr.ouvert.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import fr.ouvert.testing.PlatformTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through OpenID Connect against a real OIDC server (mock-oauth2-server) speaking the
 * FranceConnect and ProConnect claim sets, over real HTTP, redirects and cookies included.
 */
class OidcSignInTest extends PlatformTest {

	static final MockOAuth2Server OIDC = new MockOAuth2Server();

	static {
		OIDC.start();
	}

	@LocalServerPort
	int port;

	@AfterAll
	static void stop() {
		OIDC.shutdown();
	}

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		for (String provider : List.of("proconnect", "franceconnect")) {
			String prefix = "spring.security.oauth2.client.";
			registry.add(prefix + "provider." + provider + ".issuer-uri", () -> OIDC.issuerUrl(provider).toString());
			registry.add(prefix + "registration." + provider + ".client-id", () -> "ouvert");
			registry.add(prefix + "registration." + provider + ".client-secret", () -> "secret");
			registry.add(prefix + "registration." + provider + ".scope", () -> "openid,email,profile");
		}
	}

	private HttpResponse<String> signInWith(HttpClient browser, String provider) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/" + provider)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.ALWAYS).build();
	}

	@Test
	void aProConnectAgentBecomesAnAgentOfTheOrganisationWithItsSiret() throws Exception {
		jdbc.sql("update account_organisation set siret = '11000001100019' where slug = 'cour-des-comptes'").update();
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback("proconnect", "agent-ccomptes-1", "JWT", List.of("ouvert"),
				Map.of("email", "camille.martin@ccomptes.example.fr", "given_name", "Camille", "usual_name", "Martin",
						"siret", "11000001100019"),
				3600));
		HttpClient browser = browser();
		HttpResponse<String> landing = signInWith(browser, "proconnect");
		assertThat(landing.statusCode()).isEqualTo(200);
		assertThat(landing.uri().getPath()).isEqualTo("/");

		HttpResponse<String> account = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/compte")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(Jsoup.parse(account.body()).select("dd").eachText())
			.contains("Camille Martin", "camille.martin@ccomptes.example.fr", "Cour des comptes", "Oui");
		assertThat(jdbc.sql("""
				select string_agg(r.role, ',' order by r.role) from account_user u join account_user_role r on r.user_id = u.id
				where u.email = 'camille.martin@ccomptes.example.fr'""").query(String.class).single()).isEqualTo("AGENT,CITIZEN");
		assertThat(jdbc.sql("select subject from account_identity where provider = 'proconnect'").query(String.class).list())
			.contains("agent-ccomptes-1");
	}

	@Test
	void aFranceConnectCitizenIsVerifiedAndKeepsTheSameAccountNextTime() throws Exception {
		for (int visit = 0; visit < 2; visit++) {
			OIDC.enqueueCallback(new DefaultOAuth2TokenCallback("franceconnect", "fc-sub-0042", "JWT", List.of("ouvert"),
					Map.of("email", "louise.michel@example.fr", "given_name", "Louise", "family_name", "Michel",
							"birthdate", "1980-05-29"),
					3600));
			assertThat(signInWith(browser(), "franceconnect").statusCode()).isEqualTo(200);
		}
		record Row(String displayName, boolean identityVerified) {
		}
		assertThat(jdbc.sql("select display_name, identity_verified from account_user where email = 'louise.michel@example.fr'")
			.query(Row.class).list()).containsExactly(new Row("Louise Michel", true));
	}

	@Test
	void theSignInPageOffersTheProviders() throws Exception {
		var page = Jsoup.parse(browser().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/connexion")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		assertThat(page.select("a[href^=/oauth2/authorization/]").eachAttr("href"))
			.containsExactlyInAnyOrder("/oauth2/authorization/proconnect", "/oauth2/authorization/franceconnect");
	}
}
