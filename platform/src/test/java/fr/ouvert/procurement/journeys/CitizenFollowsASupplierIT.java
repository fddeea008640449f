package fr.ouvert.procurement.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ouvert.procurement.ProcurementFixtures;
import fr.ouvert.testing.Browser;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The observatory's key journey, in a real browser: a visitor searches a company by a part of its name, opens
 * its page, and sees its totals, the chart of its amounts per year and its red flags; then a contract and the
 * regional dashboard. Screenshots: target/screenshots/procurement-*.png.
 */
class CitizenFollowsASupplierIT extends PlatformTest {

	@LocalServerPort
	int port;

	@Test
	void aVisitorSearchesASupplierAndSeesItsTotalsChartAndRedFlags() {
		ProcurementFixtures.Inserted inserted = ProcurementFixtures.insert(jdbc);
		ProcurementFixtures.raiseFlags(jdbc, inserted);
		try (Browser browser = new Browser(port)) {
			browser.open("/marches-publics");
			browser.type("#champ-supplier", "Armoricains " + inserted.marker());
			browser.clickAndWaitForPage("#recherche-contrats button[type=submit]");
			assertThat(browser.findAll("#resultats tbody tr")).hasSize(3);
			assertThat(browser.accessibilityViolations()).as("axe on the search").isEmpty();
			browser.screenshot("procurement-10-recherche");

			browser.clickAndWaitForPage("#resultats a[href='/marches-publics/titulaires/" + inserted.supplier() + "']");
			assertThat(browser.path()).isEqualTo("/marches-publics/titulaires/" + inserted.supplier());
			assertThat(browser.text("h1")).isEqualTo(inserted.supplierName());
			assertThat(browser.text("#total-contrats")).isEqualTo("2");
			assertThat(browser.text("#total-montant").replace('\u202f', ' ').replace('\u00a0', ' ')).isEqualTo("170 000 €");
			// The DSFR chart draws its canvas once its script has run.
			browser.waitFor("#graphique-annees bar-chart canvas");
			assertThat(browser.text("#signaux-partie")).contains("Titulaire aux activités hétérogènes");
			assertThat(browser.text("#signaux-contrats")).contains("Offre unique").contains("Hausse du montant par avenant");
			assertThat(browser.accessibilityViolations()).as("axe on the supplier page").isEmpty();
			browser.screenshot("procurement-11-titulaire");

			browser.clickAndWaitForPage("#contrats-signales a[href='/marches-publics/contrats/" + inserted.modified() + "']");
			assertThat(browser.text("#versions tbody tr:nth-child(2)")).contains("Travaux supplémentaires");
			assertThat(browser.accessibilityViolations()).as("axe on the contract page").isEmpty();
			browser.screenshot("procurement-12-contrat");

			browser.open("/marches-publics/territoires/regions/53");
			browser.waitFor("#carte .leaflet-interactive");
			assertThat(browser.accessibilityViolations()).as("axe on the regional dashboard").isEmpty();
			browser.screenshot("procurement-13-bretagne");
		}
	}
}
