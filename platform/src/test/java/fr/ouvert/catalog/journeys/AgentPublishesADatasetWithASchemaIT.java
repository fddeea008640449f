package fr.ouvert.catalog.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.Browser;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The catalog's key journey for producers, in a real browser: an agent creates a dataset, uploads a
 * CSV declaring its schema, and sees the quality score and the validation report; a visitor finds
 * it by a word of its title. Screenshots: target/screenshots.
 */
class AgentPublishesADatasetWithASchemaIT extends PlatformTest {

	@LocalServerPort
	int port;

	@Test
	void anAgentPublishesADatasetWithACsvAndItsSchema() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Path csv = Path.of("..", "demo-data", "catalog", "subventions-exemple-erreurs-cellules.csv").toAbsolutePath().normalize();
		try (Browser browser = new Browser(port)) {
			browser.signIn(Accounts.agentOf(jdbc, "cour-des-comptes").email(), Accounts.PASSWORD);
			browser.open("/catalogue");
			browser.clickAndWaitForPage("a[href='/catalogue/jeux/nouveau']");
			browser.type("#champ-title", "Subventions versées par la Cour " + marker);
			browser.type("#champ-description", "Les subventions attribuées, au format du socle commun des données locales : "
					+ "bénéficiaire, montant, objet, dates de la convention et du versement.");
			browser.type("#champ-tags", "subventions, associations");
			browser.find("#champ-frequency option[value=annual]").click();
			browser.typeDate("#champ-temporalStart", java.time.LocalDate.of(2016, 1, 1));
			browser.type("#champ-spatialZones", "country:fr");
			assertThat(browser.accessibilityViolations()).as("axe on the dataset form").isEmpty();
			browser.screenshot("catalogue-10-formulaire-jeu");
			browser.clickAndWaitForPage("main form[action='/catalogue/jeux/nouveau'] button[type=submit]");
			assertThat(browser.path()).startsWith("/catalogue/jeux/subventions-versees-par-la-cour-");
			// Licence, frequency, in time, temporal and spatial coverage, description: 6 of 9 before any resource.
			assertThat(browser.text(".ouvert-score")).isEqualTo("6 critères sur 9");

			browser.find("#champ-file").sendKeys(csv.toString());
			browser.type("#champ-schema", "scdl/subventions");
			browser.clickAndWaitForPage("#ajout-ressource button[type=submit]");
			// An open format, all available; only the documentation is missing (no description, no documentation file).
			assertThat(browser.text(".ouvert-score")).isEqualTo("8 critères sur 9");
			assertThat(browser.text(".ouvert-criterion--missed")).isEqualTo("Ressources documentées");
			assertThat(browser.text(".ouvert-validation h4")).startsWith("Non conforme au schéma scdl/subventions");
			browser.find("#ressources details summary").click();
			assertThat(browser.text("#ressources details table")).contains("french-siret-value");
			assertThat(browser.accessibilityViolations()).as("axe on the dataset page").isEmpty();
			browser.screenshot("catalogue-11-jeu-avec-rapport");

			browser.signOut();
			browser.open("/catalogue?q=subventions+" + marker);
			assertThat(browser.findAll("#resultats > li")).hasSize(1);
			assertThat(browser.accessibilityViolations()).as("axe on the search page").isEmpty();
			browser.screenshot("catalogue-12-recherche");
		}
	}
}
