package fr.ouvert.integrity.register.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.ouvert.integrity.register.RegisterFixtures;
import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.Browser;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Acceptance 3 of the register, in a real browser: a declarant registers an organisation and files the report of a
 * financial year whose deadline has passed; the public search finds it through two linked filters (category, then a
 * sector whose count follows the category); its page shows the report as late. Screenshots:
 * target/screenshots/register-*.png.
 */
class DeclarantRegistersIT extends PlatformTest {

	@LocalServerPort
	int port;

	@Test
	void aDeclarantRegistersFilesALateReportAndThePublicSearchFindsIt() {
		Accounts.Account declarant = Accounts.citizen(jdbc);
		String siren = RegisterFixtures.siren();
		String name = "Association parcours " + siren;
		try (Browser browser = new Browser(port)) {
			browser.signIn(declarant.email(), Accounts.PASSWORD);
			browser.open("/representants-interets/inscription");
			browser.type("#champ-denomination", name);
			browser.type("#champ-nationalId", siren);
			new Select(browser.find("#champ-category")).selectByValue("ASSOC");
			browser.type("#champ-city", "Rennes");
			browser.type("#champ-directors", "Jeanne DUPONT ; Présidente");
			browser.type("#champ-collaborators", "Paul MARTIN ; Chargé de plaidoyer");
			browser.find("#groupe-sectors input[value='SANTE'] + label").click();
			browser.find("#groupe-levels input[value='NATIONAL'] + label").click();
			assertThat(browser.accessibilityViolations()).as("axe on the registration form").isEmpty();
			browser.screenshot("register-10-inscription");
			browser.clickAndWaitForPage("#formulaire-representant button[type=submit]");
			assertThat(browser.path()).matches("/representants-interets/\\d+");
			String page = browser.path();
			assertThat(browser.text("h1")).isEqualTo(name);
			assertThat(browser.text("#versions tbody")).contains("Première inscription");
			assertThat(browser.accessibilityViolations()).as("axe on the new representative's page").isEmpty();

			browser.clickAndWaitForPage("#actions-declarant a[href$='/rapports/nouveau']");
			browser.typeDate("#champ-start", LocalDate.of(2024, 1, 1));
			browser.typeDate("#champ-end", LocalDate.of(2024, 12, 31));
			new Select(browser.find("#champ-expenseBracket")).selectByValue("> = 25 000 euros et < 50 000 euros");
			browser.type("#champ-staff", "2");
			browser.type("#champ-object", "Projet de loi de financement de la sécurité sociale : amendements");
			browser.type("#champ-fields", "Santé publique");
			browser.find("#groupe-officialTypes input[value='PARLEMENTAIRE'] + label").click();
			browser.find("#groupe-decisions input[value='D1'] + label").click();
			browser.find("#groupe-actions input[value='A1'] + label").click();
			assertThat(browser.accessibilityViolations()).as("axe on the report form").isEmpty();
			browser.screenshot("register-11-rapport");
			browser.clickAndWaitForPage("#formulaire-rapport button[type=submit]");
			assertThat(browser.text("#rapports-signales")).contains("rapport déposé après l'échéance du 31 mars 2025");
			assertThat(browser.findAll("section[id^=rapport-] [data-status=late]")).hasSize(1);
			browser.screenshot("register-12-rapport-en-retard");

			browser.open("/representants-interets");
			new Select(browser.find("#filtre-categorie")).selectByValue("ASSOC");
			browser.clickAndWaitForPage("#recherche-representants button[type=submit]");
			Select sectors = new Select(browser.find("#filtre-secteur"));
			String health = sectors.getOptions().stream().filter(o -> o.getAttribute("value").equals("SANTE")).findFirst()
				.orElseThrow().getText();
			assertThat(health).as("the sector's count follows the chosen category").matches("Santé, sécurité sociale \\(\\d+\\)");
			sectors.selectByValue("SANTE");
			browser.clickAndWaitForPage("#recherche-representants button[type=submit]");
			assertThat(browser.text("#nombre-resultats")).isEqualTo(health.replaceAll(".*\\((\\d+)\\)", "$1") + " représentant"
					+ (health.endsWith("(1)") ? "" : "s"));
			assertThat(browser.findAll("#resultats a[href='" + page + "']")).hasSize(1);
			assertThat(browser.accessibilityViolations()).as("axe on the search").isEmpty();
			browser.screenshot("register-13-recherche");

			browser.clickAndWaitForPage("#resultats a[href='" + page + "']");
			assertThat(browser.text("section[id^=rapport-] [data-status]")).isEqualTo("Rapport en retard");
			assertThat(browser.accessibilityViolations()).as("axe on the representative's page").isEmpty();
			browser.screenshot("register-14-representant");
		}
	}
}
