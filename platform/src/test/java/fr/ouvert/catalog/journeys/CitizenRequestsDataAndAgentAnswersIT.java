package fr.ouvert.catalog.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.Browser;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Commitment 4's key journey, in a real browser: a citizen files a request to open data, an agent
 * of the requested organisation accepts it with a planned date, and the citizen sees the answer.
 * Screenshots: target/screenshots.
 */
class CitizenRequestsDataAndAgentAnswersIT extends PlatformTest {

	@LocalServerPort
	int port;

	@Test
	void aCitizenFilesADataRequestAndTheAgentAnswersIt() {
		String cour = jdbc.sql("select id from account_organisation where slug = 'cour-des-comptes'").query(String.class).single();
		LocalDate planned = LocalDate.now().plusMonths(6);
		try (Browser browser = new Browser(port)) {
			// A citizen files a request to the Cour des comptes; the form first says what is missing.
			Accounts.Account citizen = Accounts.citizen(jdbc);
			browser.signIn(citizen.email(), Accounts.PASSWORD);
			browser.open("/catalogue/demandes/nouvelle");
			browser.type("#champ-title", "Suites données aux recommandations de la Cour");
			browser.clickAndWaitForPage("main form button[type=submit]");
			assertThat(browser.text("#erreur-description")).isEqualTo("Dites pourquoi vous demandez ces données.");
			assertThat(browser.text("#erreur-organisation"))
				.isEqualTo("Choisissez l'administration à laquelle vous demandez ces données.");
			assertThat(browser.accessibilityViolations()).as("axe on the form with errors").isEmpty();
			browser.screenshot("catalogue-01-demande-erreurs");

			browser.type("#champ-description", "Pour savoir quelles recommandations sont **suivies d'effet**, année par année.");
			browser.find("#champ-organisation option[value='" + cour + "']").click();
			browser.find("label[for=qualite-citizen]").click();
			browser.screenshot("catalogue-02-demande-remplie");
			browser.clickAndWaitForPage("main form button[type=submit]");
			assertThat(browser.path()).matches("/catalogue/demandes/\\d+");
			String request = browser.path();
			assertThat(browser.text(".fr-alert--success p")).isEqualTo("Votre demande est publiée.");
			assertThat(browser.find("h1 ~ .fr-badges-group [data-status]").getAttribute("data-status")).isEqualTo("submitted");
			assertThat(browser.text(".ouvert-comment__body strong")).isEqualTo("suivies d'effet");
			assertThat(browser.findAll("#repondre")).isEmpty();
			assertThat(browser.accessibilityViolations()).as("axe on the request").isEmpty();
			browser.screenshot("catalogue-03-demande-publiee");
			browser.signOut();

			// An agent of the Cour des comptes accepts it, with the planned opening date.
			browser.signIn(Accounts.agentOf(jdbc, "cour-des-comptes").email(), Accounts.PASSWORD);
			browser.open(request);
			browser.find("label[for=decision-accepted]").click();
			browser.typeDate("#champ-plannedDate", planned);
			browser.type("#champ-answer", "Publication prévue avec le rapport public annuel.");
			assertThat(browser.accessibilityViolations()).as("axe on the answer form").isEmpty();
			browser.screenshot("catalogue-04-agent-repond");
			browser.clickAndWaitForPage("#repondre button[type=submit]");
			assertThat(browser.path()).isEqualTo(request);
			assertThat(browser.text(".fr-alert--success p")).isEqualTo("La réponse est publiée.");
			browser.signOut();

			// The citizen sees the answer, on the request and in the list.
			browser.signIn(citizen.email(), Accounts.PASSWORD);
			browser.open(request);
			assertThat(browser.find("h1 ~ .fr-badges-group [data-status]").getAttribute("data-status")).isEqualTo("accepted");
			assertThat(browser.find("#reponse [data-planned-date]").getAttribute("data-planned-date")).isEqualTo(planned.toString());
			assertThat(browser.text("#reponse .fr-callout__title")).isEqualTo("Acceptée");
			browser.screenshot("catalogue-05-citoyen-voit-la-reponse");
			browser.open(request + "#reponse");
			assertThat(browser.text("#reponse [data-planned-date]")).startsWith("Ouverture prévue le ");
			browser.screenshot("catalogue-05b-reponse-et-soutien");
			browser.open("/catalogue/demandes?status=accepted&organisation=" + cour);
			String id = request.substring(request.lastIndexOf('/') + 1);
			assertThat(browser.find("#demande-" + id + " [data-status]").getAttribute("data-status")).isEqualTo("accepted");
			assertThat(browser.accessibilityViolations()).as("axe on the list").isEmpty();
			browser.screenshot("catalogue-06-liste-acceptees");

			browser.open("/catalogue/service-public-de-la-donnee");
			assertThat(browser.findAll("#table-references tbody tr")).hasSize(9);
			assertThat(browser.accessibilityViolations()).as("axe on the SPD page").isEmpty();
			browser.screenshot("catalogue-07-service-public-de-la-donnee");
		}
	}
}
