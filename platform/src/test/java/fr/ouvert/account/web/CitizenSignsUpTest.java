package fr.ouvert.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import fr.ouvert.testing.Outbox;
import fr.ouvert.testing.PlatformTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Self sign-up with e-mail confirmation, then sign-in; what the pages say when it goes wrong. */
class CitizenSignsUpTest extends PlatformTest {

	private static final String PASSWORD = "une phrase de passe assez longue";

	private MockHttpServletRequestBuilder signUp(String email, String password) {
		return post("/inscription").with(csrf()).param("email", email).param("displayName", "Marianne")
			.param("password", password).param("passwordConfirmation", password).param("acceptTerms", "true");
	}

	private MvcResult signIn(String email, String password) throws Exception {
		return mvc.perform(post("/connexion").with(csrf()).param("email", email).param("password", password)).andReturn();
	}

	@Test
	void signUpConfirmSignIn() throws Exception {
		String email = "marianne-" + UUID.randomUUID() + "@example.fr";
		mvc.perform(signUp(email, PASSWORD)).andExpect(redirectedUrl("/inscription/envoyee"));

		assertThat(signIn(email, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/connexion?non-confirme");

		List<Outbox.Mail> mails = Outbox.to(HOME, email);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).isEqualTo("Confirmez votre adresse sur Ouvert");
		String link = mails.get(0).link("http://localhost:8080/inscription/confirmation?jeton=");
		String path = link.substring("http://localhost:8080".length());
		var confirmed = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(confirmed.select("h1").text()).isEqualTo("Adresse confirmée");
		var again = Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
		assertThat(again.select("h1").text()).as("a link works once").isEqualTo("Lien invalide");

		MvcResult signedIn = signIn(email, PASSWORD);
		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
		var account = Jsoup.parse(mvc.perform(get("/compte").session(session)).andReturn().getResponse().getContentAsString());
		assertThat(account.select("dd").eachText()).contains("Marianne", email, "Citoyen");
		assertThat(jdbc.sql("select password_hash from account_user where email = ?").param(email).query(String.class).single())
			.startsWith("{bcrypt}$2a$").doesNotContain(PASSWORD);
	}

	@Test
	void aSecondSignUpWithTheSameAddressCreatesNothingAndSaysNothingOnThePage() throws Exception {
		String email = "deux-fois-" + UUID.randomUUID() + "@example.fr";
		mvc.perform(signUp(email, PASSWORD)).andExpect(redirectedUrl("/inscription/envoyee"));
		mvc.perform(signUp(email.toUpperCase(), PASSWORD)).andExpect(redirectedUrl("/inscription/envoyee"));
		assertThat(jdbc.sql("select count(*) from account_user where lower(email) = ?").param(email).query(Long.class).single())
			.isEqualTo(1);
		assertThat(Outbox.to(HOME, email)).extracting(Outbox.Mail::subject)
			.containsExactly("Confirmez votre adresse sur Ouvert", "Votre compte Ouvert");
	}

	@Test
	void invalidFormsAreExplainedFieldByField() throws Exception {
		var page = Jsoup.parse(mvc.perform(post("/inscription").with(csrf()).param("email", "pas-une-adresse")
			.param("displayName", "M").param("password", "court").param("passwordConfirmation", "court"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select(".fr-error-text").eachText()).containsExactly(
				"Saisissez une adresse électronique valide.",
				"Le nom affiché doit compter de 2 à 80 caractères.",
				"Le mot de passe doit compter au moins 12 caractères.",
				"Vous devez accepter les conditions pour créer un compte.");
		assertThat(page.select("#champ-email").attr("value")).isEqualTo("pas-une-adresse");
		assertThat(page.select("#champ-password").attr("value")).as("a password is never sent back").isEmpty();
	}

	@Test
	void aForgottenPasswordIsResetByMail() throws Exception {
		String email = "oubli-" + UUID.randomUUID() + "@example.fr";
		mvc.perform(signUp(email, PASSWORD));
		mvc.perform(post("/mot-de-passe-oublie").with(csrf()).param("email", email)).andExpect(status().isOk());
		String link = Outbox.to(HOME, email).stream().filter(m -> m.subject().equals("Nouveau mot de passe sur Ouvert"))
			.findFirst().orElseThrow().link("http://localhost:8080/mot-de-passe-oublie/nouveau?jeton=");
		String token = link.substring(link.indexOf("jeton=") + "jeton=".length());
		String newPassword = "un tout nouveau mot de passe";
		mvc.perform(post("/mot-de-passe-oublie/nouveau").with(csrf()).param("jeton", token).param("password", newPassword)
			.param("passwordConfirmation", newPassword)).andExpect(status().isOk());
		assertThat(signIn(email, newPassword).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(signIn(email, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
	}

	@Test
	void signingInChangesTheSessionId() throws Exception {
		String email = "fixation-" + UUID.randomUUID() + "@example.fr";
		mvc.perform(signUp(email, PASSWORD));
		mvc.perform(get(Outbox.to(HOME, email).get(0).link("http://localhost:8080/").substring("http://localhost:8080".length())));
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = mvc.perform(post("/connexion").session(session).with(csrf()).param("email", email)
			.param("password", PASSWORD)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
	}
}
