package fr.ouvert.plan.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.Browser;
import fr.ouvert.testing.Outbox;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The key journey of the plan tracker, in a real browser: a citizen signs up, confirms the address
 * and comments on a commitment; an agent of the Cour des comptes marks one of its actions
 * completed with evidence; the overview shows the new progress. Screenshots: target/screenshots.
 */
class CitizenCommentsAndAgentCompletesActionIT extends PlatformTest {

	@LocalServerPort
	int port;

	@Test
	void citizenCommentsThenAgentCompletesAnActionAndTheOverviewShowsIt() {
		try (Browser browser = new Browser(port)) {
			// A citizen signs up.
			String email = "citoyenne-" + UUID.randomUUID() + "@example.fr";
			browser.open("/inscription");
			browser.type("#champ-email", email);
			browser.type("#champ-displayName", "Olympe");
			browser.type("#champ-password", "une phrase de passe citoyenne");
			browser.type("#champ-passwordConfirmation", "une phrase de passe citoyenne");
			browser.find("label[for=champ-acceptTerms]").click();
			browser.screenshot("01-inscription");
			browser.clickAndWaitForPage("main button[type=submit]");
			assertThat(browser.text("main h1")).isEqualTo("Vérifiez votre messagerie");

			// She confirms her address with the link she received, and signs in.
			String link = Outbox.to(HOME, email).get(0).link("http://localhost:8080/inscription/confirmation");
			browser.open(link.replace("http://localhost:8080", ""));
			assertThat(browser.text("main h1")).isEqualTo("Adresse confirmée");
			browser.signIn(email, "une phrase de passe citoyenne");

			// She comments on commitment 19; htmx adds the comment without reloading the page.
			browser.open("/plan/engagements/19");
			assertThat(browser.accessibilityViolations()).as("axe on the commitment page").isEmpty();
			browser.type("#nouveau-commentaire", "Les **datasessions** de la Cour étaient passionnantes.");
			browser.find("#commentaires button[type=submit]").click();
			browser.waitFor("#commentaires .ouvert-comment strong");
			assertThat(browser.text("#commentaires .ouvert-comment .ouvert-comment__body"))
				.isEqualTo("Les datasessions de la Cour étaient passionnantes.");
			assertThat(browser.text("#commentaires .ouvert-comment p")).startsWith("Olympe ·");
			browser.screenshot("02-commentaire-engagement-19");
			browser.clickAndWaitForPage("header form[action='/deconnexion'] button");

			// An agent of the Cour des comptes marks action 19.1 completed, with evidence.
			Accounts.Account agent = Accounts.agentOf(jdbc, "cour-des-comptes");
			browser.signIn(agent.email(), Accounts.PASSWORD);
			browser.open("/plan/engagements/19");
			browser.clickAndWaitForPage("tr[data-action='19.1'] a.fr-btn");
			assertThat(browser.path()).isEqualTo("/plan/actions/19.1#mise-a-jour");
			browser.find("label[for=statut-completed]").click();
			browser.type("#champ-comment", "Plus de 300 jeux de données des juridictions financières publiés.");
			browser.type("#champ-evidenceUrl", "https://www.data.gouv.fr/fr/organizations/cour-des-comptes/");
			browser.type("#champ-evidenceDescription", "Les jeux de données de la Cour sur data.gouv.fr");
			browser.screenshot("03-agent-met-a-jour-19-1");
			assertThat(browser.accessibilityViolations()).as("axe on the update form").isEmpty();
			browser.clickAndWaitForPage("#mise-a-jour button[type=submit]");
			assertThat(browser.path()).isEqualTo("/plan/engagements/19#action-19.1");
			assertThat(browser.text(".fr-alert--success p")).isEqualTo("La mise à jour est publiée.");
			assertThat(browser.find("tr[data-action='19.1'] [data-status]").getAttribute("data-status")).isEqualTo("completed");
			assertThat(browser.text(".ouvert-history li a[rel~=noopener]")).isEqualTo("Les jeux de données de la Cour sur data.gouv.fr");
			browser.screenshot("04-engagement-19-apres-mise-a-jour");

			// The overview shows the new progress: 19.1 done, 19.2 not started → 50 %.
			browser.open("/plan");
			assertThat(browser.find("#avancement-19").getAttribute("value")).isEqualTo("50");
			assertThat(browser.text("#engagement-19 label")).isEqualTo("Avancement : 50 %");
			assertThat(browser.text("#engagement-19 [data-status]")).isEqualTo("En cours");
			assertThat(browser.find("#avancement-global").getAttribute("value")).isEqualTo("1");
			assertThat(browser.accessibilityViolations()).as("axe on the overview").isEmpty();
			browser.screenshot("05-vue-d-ensemble");

			// The filters work without reloading (htmx) and keep a shareable address.
			browser.find("#filtre-institution option[value=cour-des-comptes]").click();
			browser.waitFor("#liste-engagements p[role=status]");
			assertThat(browser.findAll("[id^=engagement-]")).extracting(e -> e.getAttribute("id"))
				.isEqualTo(List.of("engagement-19"));
			assertThat(browser.path()).contains("institution=cour-des-comptes");
			browser.screenshot("06-filtre-cour-des-comptes");
		}
	}
}
