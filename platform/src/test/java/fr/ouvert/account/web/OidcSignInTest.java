package fr.ouvert.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
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
	/**
	 * ProConnect and FranceConnect answer user info as a signed JWT: this endpoint does the same,
	 * with a token the OIDC server signs (or, to test refusal, signed for another issuer).
	 */
	static final HttpServer JWT_USER_INFO;
	static volatile String userInfoIssuer = "proconnect-jwt";
	static volatile String userInfoSubject;
	static volatile Map<String, Object> userInfoClaims = Map.of();

	static {
		OIDC.start();
		try {
			JWT_USER_INFO = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		JWT_USER_INFO.createContext("/userinfo", exchange -> {
			byte[] jwt = OIDC.issueToken(userInfoIssuer, userInfoSubject, "ouvert", userInfoClaims, 600L).serialize()
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			exchange.getResponseHeaders().set("Content-Type", "application/jwt");
			exchange.sendResponseHeaders(200, jwt.length);
			exchange.getResponseBody().write(jwt);
			exchange.close();
		});
		JWT_USER_INFO.start();
	}

	@LocalServerPort
	int port;

	@AfterAll
	static void stop() {
		OIDC.shutdown();
		JWT_USER_INFO.stop(0);
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
		String prefix = "spring.security.oauth2.client.";
		registry.add(prefix + "provider.proconnect-jwt.issuer-uri", () -> OIDC.issuerUrl("proconnect-jwt").toString());
		registry.add(prefix + "provider.proconnect-jwt.user-info-uri",
				() -> "http://localhost:" + JWT_USER_INFO.getAddress().getPort() + "/userinfo");
		registry.add(prefix + "registration.proconnect-jwt.client-id", () -> "ouvert");
		registry.add(prefix + "registration.proconnect-jwt.client-secret", () -> "secret");
		registry.add(prefix + "registration.proconnect-jwt.scope", () -> "openid,email,given_name,usual_name,siret");
		registry.add("ouvert.accounts.oidc.proconnect-jwt.claim-set", () -> "proconnect");
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
	void claimsSentAsASignedJwtByTheUserInfoEndpointAreReadOnlyIfTheSignatureHolds() throws Exception {
		jdbc.sql("update account_organisation set siret = '13000000000011' where slug = 'hatvp'").update();
		userInfoIssuer = "proconnect-jwt";
		userInfoSubject = "agent-hatvp-7";
		userInfoClaims = Map.of("email", "nora.ali@hatvp.example.fr", "given_name", "Nora", "usual_name", "Ali",
				"siret", "13000000000011");
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback("proconnect-jwt", "agent-hatvp-7", "JWT", List.of("ouvert"),
				Map.of(), 3600));
		HttpResponse<String> landing = signInWith(browser(), "proconnect-jwt");
		assertThat(landing.uri().getPath()).isEqualTo("/");
		record Row(String displayName, String organisation) {
		}
		assertThat(jdbc.sql("""
				select u.display_name, o.slug as organisation from account_user u join account_organisation o on o.id = u.organisation_id
				where u.email = 'nora.ali@hatvp.example.fr'""").query(Row.class).single())
			.isEqualTo(new Row("Nora Ali", "hatvp"));

		// The same answer signed with another issuer's key is refused, and nothing is created.
		userInfoIssuer = "franceconnect";
		userInfoSubject = "agent-forge-1";
		userInfoClaims = Map.of("email", "faux@example.fr", "given_name", "Faux", "usual_name", "Nom", "siret", "13000000000011");
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback("proconnect-jwt", "agent-forge-1", "JWT", List.of("ouvert"),
				Map.of(), 3600));
		HttpResponse<String> refused = signInWith(browser(), "proconnect-jwt");
		assertThat(refused.uri().getPath()).isEqualTo("/connexion");
		assertThat(refused.uri().getQuery()).isEqualTo("erreur-fournisseur");
		assertThat(jdbc.sql("select count(*) from account_user where email = 'faux@example.fr'").query(Long.class).single()).isZero();
	}

	@Test
	void theSignInPageOffersTheProviders() throws Exception {
		var page = Jsoup.parse(browser().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/connexion")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		assertThat(page.select("a[href^=/oauth2/authorization/]").eachAttr("href"))
			.containsExactlyInAnyOrder("/oauth2/authorization/proconnect", "/oauth2/authorization/franceconnect",
					"/oauth2/authorization/proconnect-jwt");
	}
}
