package fr.ouvert.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.ouvert.OuvertApplication;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform as a new user runs it: no database configured, so it starts its embedded
 * PostgreSQL in {@code $OUVERT_HOME/pg}; at first start it loads the plan and prints a one-time
 * installation link; the first administrator is created through it; after a restart everything is
 * still there.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartAndRestartTest {

	private static final String ADMIN = "admin@ministere.example.fr";
	private static final String PASSWORD = "une phrase d'administration sûre";

	@Test
	void firstStartInstallationAndRestartKeepEverything(@TempDir Path home, CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext first = start(home)) {
			assertThat(Files.isDirectory(home.resolve("pg"))).isTrue();
			assertThat(output.getOut()).contains("Plan loaded: ");
			Matcher link = Pattern.compile("/installation\\?jeton=([A-Za-z0-9_-]+)").matcher(output.getOut());
			assertThat(link.find()).as("installation link printed").isTrue();
			String base = "http://localhost:" + first.getEnvironment().getProperty("local.server.port");
			HttpClient browser = browser();

			String form = get(browser, base + "/installation?jeton=" + link.group(1)).body();
			HttpResponse<String> installed = post(browser, base + "/installation", Map.of("jeton", link.group(1),
					"email", ADMIN, "displayName", "Première administratrice", "password", PASSWORD,
					"passwordConfirmation", PASSWORD, "_csrf", csrf(form)));
			assertThat(installed.uri().getPath()).isEqualTo("/connexion");
			assertThat(get(browser, base + "/installation?jeton=" + link.group(1)).statusCode()).as("used once").isEqualTo(404);
			signIn(browser, base);
			assertThat(get(browser, base + "/admin").statusCode()).isEqualTo(200);
		}
		int printedBefore = count(output.getOut(), "/installation?jeton=");

		try (ConfigurableApplicationContext second = start(home)) {
			assertThat(output.getOut()).contains("Plan file unchanged since its last load");
			assertThat(count(output.getOut(), "/installation?jeton=")).as("no new installation link").isEqualTo(printedBefore);
			String base = "http://localhost:" + second.getEnvironment().getProperty("local.server.port");
			HttpClient browser = browser();
			signIn(browser, base);
			assertThat(get(browser, base + "/admin").statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(get(browser, base + "/plan").body()).select("[id^=engagement-]")).hasSize(21);
		}
	}

	@Test
	void theEmbeddedDatabaseTakesItsServerSettingsFromTheConfiguration(@TempDir Path home) {
		try (ConfigurableApplicationContext app = start(home, "--ouvert.embedded-db.settings.work_mem=24MB")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("show shared_buffers").query(String.class).single()).as("default").isEqualTo("256MB");
			assertThat(jdbc.sql("show max_wal_size").query(String.class).single()).as("default").isEqualTo("4GB");
			assertThat(jdbc.sql("show work_mem").query(String.class).single()).as("given").isEqualTo("24MB");
			assertThat(jdbc.sql("show fsync").query(String.class).single()).as("durability kept").isEqualTo("on");
		}
	}

	@Test
	void theFirstAdministratorMayComeFromTheConfigurationInstead(@TempDir Path home, CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext app = start(home, "--ouvert.accounts.admin-email=" + ADMIN,
				"--ouvert.accounts.admin-password=" + PASSWORD)) {
			assertThat(output.getOut()).contains("First administrator created from the configuration")
				.doesNotContain("/installation?jeton=");
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			HttpClient browser = browser();
			signIn(browser, base);
			assertThat(get(browser, base + "/admin").statusCode()).isEqualTo(200);
		}
	}

	private static ConfigurableApplicationContext start(Path home, String... settings) {
		String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--ouvert.home=" + home, "--server.port=0"),
				java.util.Arrays.stream(settings)).toArray(String[]::new);
		return new SpringApplicationBuilder(OuvertApplication.class).run(args);
	}

	private static void signIn(HttpClient browser, String base) throws Exception {
		String page = get(browser, base + "/connexion").body();
		HttpResponse<String> signedIn = post(browser, base + "/connexion",
				Map.of("email", ADMIN, "password", PASSWORD, "_csrf", csrf(page)));
		assertThat(signedIn.uri().getPath()).isEqualTo("/");
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(HttpClient browser, String url, Map<String, String> fields) throws Exception {
		String body = new LinkedHashMap<>(fields).entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		return Jsoup.parse(page).select("main input[name=_csrf]").attr("value");
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}
}
