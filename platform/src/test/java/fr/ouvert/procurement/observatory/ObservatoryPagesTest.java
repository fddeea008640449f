package fr.ouvert.procurement.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import fr.ouvert.procurement.ProcurementFixtures;
import fr.ouvert.testing.PlatformTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The observatory's pages render the fixture's contracts with their exact figures. */
class ObservatoryPagesTest extends PlatformTest {

	ProcurementFixtures.Inserted inserted;

	@BeforeEach
	void insert() {
		inserted = ProcurementFixtures.insert(jdbc);
	}

	@Test
	void theSearchListsTheMatchingContractsWithTheirLinks() throws Exception {
		Document page = page("/marches-publics?supplier=" + inserted.supplierSiren() + "&sort=amount");
		assertThat(page.select("#resultats tbody tr")).hasSize(3);
		assertThat(page.select("#resultats tbody tr:first-child a").first().attr("href"))
			.isEqualTo("/marches-publics/contrats/" + inserted.framework());
		assertThat(page.select("#resultats tbody tr:first-child").text()).contains("300 000").contains("maximum");
		assertThat(page.select("[role=status]").text()).isEqualTo("3 contrats");
		assertThat(page.select("#total-contrats").text()).isNotBlank();
		assertThat(page.select("#champ-supplier").val()).isEqualTo(inserted.supplierSiren());
		assertThat(page.select("#champ-sort option[selected]").val()).isEqualTo("amount");
	}

	@Test
	void aBadFilterIsA400ThatNamesIt() throws Exception {
		String body = mvc.perform(get("/marches-publics?amount_min=beaucoup")).andExpect(status().isBadRequest()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("beaucoup");
	}

	@Test
	void theContractPageShowsItsFieldsItsDetailsAndTheChangeOfEachModification() throws Exception {
		Document services = page("/marches-publics/contrats/" + inserted.services());
		assertThat(services.select("h1").text()).isEqualTo("Études techniques " + inserted.marker());
		assertThat(services.select("#champs").text()).contains("ccag").contains("Prestations intellectuelles")
			.contains("80 000").contains("Procédure adaptée");
		assertThat(services.select("#signaux").text()).contains("Aucun signal d'alerte.");
		assertThat(services.select("#provenance").text()).contains("test-" + inserted.marker())
			.contains("offresRecues : complété depuis la copie de autre-source");

		Document modified = page("/marches-publics/contrats/" + inserted.modified());
		assertThat(modified.select("#versions tbody tr")).hasSize(2);
		assertThat(modified.select("#versions tbody tr:nth-child(2)").text()).contains("Travaux supplémentaires")
			.contains("+20 000").contains("+6 mois");
		mvc.perform(get("/marches-publics/contrats/999999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/marches-publics/contrats/abc")).andExpect(status().isNotFound());
	}

	@Test
	void theSupplierPageGivesTotalsPerYearItsBuyersAndTheLinkToItsSiren() throws Exception {
		Document page = page("/marches-publics/titulaires/" + inserted.supplier());
		assertThat(page.select("h1").text()).isEqualTo(inserted.supplierName());
		assertThat(page.select("#total-contrats").text()).isEqualTo("2");
		assertThat(page.select("#total-montant").text()).isEqualTo("170 000 €");
		assertThat(page.select("#annees tbody tr")).hasSize(1);
		assertThat(page.select("#annees tbody tr").text()).startsWith("2023 2 170 000 €");
		assertThat(page.select("#graphique-annees bar-chart").attr("x")).isEqualTo("[[2023]]");
		assertThat(page.select("#graphique-annees bar-chart").attr("y")).isEqualTo("[[170000]]");
		assertThat(page.select("#partenaires a").attr("href")).isEqualTo("/marches-publics/acheteurs/" + inserted.buyer());
		assertThat(page.select("a[href=/marches-publics/titulaires/" + inserted.supplierSiren() + "]")).hasSize(1);

		Document siren = page("/marches-publics/titulaires/" + inserted.supplierSiren());
		assertThat(siren.select("#etablissements li")).hasSize(2);
		assertThat(siren.select("#total-accords-cadres").text()).isEqualTo("1");
		mvc.perform(get("/marches-publics/titulaires/00000000000000")).andExpect(status().isNotFound());
	}

	@Test
	void redFlagsAreNamedAndLinkToTheirFormula() throws Exception {
		ProcurementFixtures.raiseFlags(jdbc, inserted);
		Document contract = page("/marches-publics/contrats/" + inserted.modified());
		assertThat(contract.select("#signaux a[href=/marches-publics/signaux#value-increase]").text())
			.isEqualTo("Hausse du montant par avenant");
		Document supplier = page("/marches-publics/titulaires/" + inserted.supplier());
		assertThat(supplier.select("#signaux-partie a").attr("href")).isEqualTo("/marches-publics/signaux#heterogeneous-supplier");
		assertThat(supplier.select("#signaux-contrats a").eachAttr("href")).containsExactly(
				"/marches-publics/signaux#single-offer", "/marches-publics/signaux#value-increase");
		assertThat(supplier.select("#contrats-signales tbody tr")).hasSize(2);
		Document buyer = page("/marches-publics/acheteurs/" + inserted.buyer());
		assertThat(buyer.select("#signaux-partie li").text()).contains("2023 : valeur 0,5, sur 2 contrats");
	}

	@Test
	void theTerritoriesListEveryRegionAndDepartementAndARegionIsADashboard() throws Exception {
		Document territories = page("/marches-publics/territoires");
		assertThat(territories.select("#regions tbody tr")).hasSize(18);
		assertThat(territories.select("#departements tbody tr")).hasSize(101);
		assertThat(territories.select("#carte").attr("data-points")).contains("\"code\":\"35\"");

		Document bretagne = page("/marches-publics/territoires/regions/53");
		assertThat(bretagne.select("h1").text()).isEqualTo("Observatoire de la commande publique — Bretagne");
		assertThat(bretagne.select("#departements tbody tr")).extracting(e -> e.select("th").text())
			.containsExactly("22 — Côtes-d'Armor", "29 — Finistère", "35 — Ille-et-Vilaine", "56 — Morbihan");
		assertThat(bretagne.select("#acheteurs a[href=/marches-publics/acheteurs/" + inserted.buyer() + "]")).hasSize(1);

		Document departement = page("/marches-publics/territoires/departements/29");
		assertThat(departement.select("h1").text()).isEqualTo("29 — Finistère");
		assertThat(departement.select(".fr-breadcrumb a[href=/marches-publics/territoires/regions/53]")).hasSize(1);
		assertThat(departement.select("#titulaires a[href=/marches-publics/titulaires/" + inserted.otherEstablishment() + "]"))
			.hasSize(1);
		mvc.perform(get("/marches-publics/territoires/departements/20")).andExpect(status().isNotFound());
		mvc.perform(get("/marches-publics/territoires/regions/99")).andExpect(status().isNotFound());
	}

	@Test
	void theBuyerPageSumsItsContractsWithoutTheFrameworkAgreementsMaxima() throws Exception {
		Document page = page("/marches-publics/acheteurs/" + inserted.buyer());
		assertThat(page.select("h1").text()).isEqualTo(inserted.buyerName());
		assertThat(page.select("#total-contrats").text()).isEqualTo("3");
		assertThat(page.select("#total-montant").text()).isEqualTo("250 000 €");
		assertThat(page.select("#annees tbody tr:nth-child(2)").text()).isEqualTo("2024 1 80 000 € 1 300 000 €");
		assertThat(page.select("#secteurs tbody tr")).hasSize(2);
		assertThat(page.select("#procedures tbody tr")).hasSize(2);
	}

	private Document page(String path) throws Exception {
		String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// French number formats separate thousands with a narrow no-break space.
		return Jsoup.parse(html.replace('\u202f', ' ').replace('\u00a0', ' '));
	}
}
