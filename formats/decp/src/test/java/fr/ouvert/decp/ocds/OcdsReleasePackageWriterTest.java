package fr.ouvert.decp.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.ouvert.decp.Contract;
import fr.ouvert.decp.ContractKind;
import fr.ouvert.decp.Generation;
import fr.ouvert.decp.OfficialExamples;
import fr.ouvert.decp.Schemas;
import fr.ouvert.decp.Titulaire;
import tools.jackson.databind.JsonNode;

class OcdsReleasePackageWriterTest {

	static final OcdsOptions OPTIONS = new OcdsOptions("ocds-t3stfr", "Ouvert (tests)", "FR-RCS", "130025265",
			"https://ouvert.example/api/1/procurement/ocds/releases.json", OcdsOptions.LICENCE_OUVERTE, null);
	static final Instant PUBLISHED = Instant.parse("2026-01-15T10:00:00Z");

	static JsonNode releasePackage(List<Contract> contracts, LocalDate from, LocalDate to) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OcdsReleasePackageWriter writer = new OcdsReleasePackageWriter(out, OPTIONS, PUBLISHED)) {
			contracts.forEach(contract -> writer.write(contract, from, to));
		}
		return Schemas.MAPPER.readTree(out.toByteArray());
	}

	@Test
	void theOfficialExamplesGiveOneReleasePerVersionValidAgainstOcds115() {
		JsonNode written = releasePackage(OfficialExamples.contracts(), null, null);

		assertThat(Schemas.releasePackageErrors(written)).isEmpty();
		assertThat(written.get("version").asString()).isEqualTo("1.1");
		assertThat(written.get("publishedDate").asString()).isEqualTo("2026-01-15T10:00:00Z");
		assertThat(written.get("extensions")).hasSize(OcdsMapping.EXTENSIONS.size());
		JsonNode releases = written.get("releases");
		assertThat(releases).hasSize(4 * 2);

		JsonNode initial = releases.get(0);
		assertThat(initial.get("ocid").asString()).isEqualTo("ocds-t3stfr-21750001630066TEST2022");
		assertThat(initial.get("id").asString()).isEqualTo("ocds-t3stfr-21750001630066TEST2022-00");
		assertThat(initial.get("date").asString()).isEqualTo("2024-05-25T00:00:00+02:00");
		assertThat(texts(initial.get("tag"))).containsExactly("award", "contract");
		JsonNode tender = initial.get("tender");
		assertThat(tender.get("procurementMethod").asString()).isEqualTo("open");
		assertThat(tender.get("procurementMethodDetails").asString()).isEqualTo("Appel d'offres ouvert");
		assertThat(tender.get("mainProcurementCategory").asString()).isEqualTo("works");
		assertThat(tender.get("numberOfTenderers").asInt()).isEqualTo(4);
		assertThat(tender.get("techniques").get("hasFrameworkAgreement").asBoolean()).isTrue();
		assertThat(tender.get("items").get(0).get("classification").get("id").asString()).isEqualTo("45000000-7");
		assertThat(initial.get("bids").get("statistics").get(0).get("value").asInt()).isEqualTo(4);
		JsonNode award = initial.get("awards").get(0);
		assertThat(award.get("value").get("amount").decimalValue()).isEqualByComparingTo("575000");
		assertThat(award.get("value").get("currency").asString()).isEqualTo("EUR");
		assertThat(award.get("suppliers").get(0).get("id").asString()).isEqualTo("FR-DECP-SIRET-55204599900869");
		assertThat(award.get("hasSubcontracting").asBoolean()).isTrue();
		JsonNode contract = initial.get("contracts").get(0);
		assertThat(contract.get("period").get("startDate").asString()).isEqualTo("2024-05-15T00:00:00+02:00");
		assertThat(contract.get("period").get("endDate").asString()).isEqualTo("2028-05-15T00:00:00+02:00");
		assertThat(contract.get("period").get("durationInDays").asInt()).isEqualTo(1461);
		assertThat(contract.get("fr_decp").get("ccag").asString()).isEqualTo("Travaux");
		assertThat(initial.get("relatedProcesses").get(0).get("identifier").asString())
				.isEqualTo("ocds-t3stfr-217500016300661234567890");
		JsonNode buyer = initial.get("parties").get(0);
		assertThat(buyer.get("identifier").get("scheme").asString()).isEqualTo("FR-RCS");
		assertThat(buyer.get("identifier").get("id").asString()).isEqualTo("217500016");
		assertThat(buyer.get("additionalIdentifiers").get(0).get("id").asString()).isEqualTo("21750001630066");
		assertThat(texts(initial.get("parties").get(2).get("roles"))).containsExactly("subcontractor");

		JsonNode modification = releases.get(1);
		assertThat(modification.get("id").asString()).isEqualTo("ocds-t3stfr-21750001630066TEST2022-01");
		assertThat(modification.get("date").asString())
				.as("published 2022-10-20 according to the example, before the contract: dated like the initial release")
				.isEqualTo("2024-05-25T00:00:00+02:00");
		assertThat(texts(modification.get("tag"))).containsExactly("awardUpdate", "contractUpdate", "contractAmendment");
		assertThat(modification.get("awards")).hasSize(2);
		assertThat(modification.get("awards").get(0).get("value").get("amount").decimalValue())
				.as("the award keeps the initial value").isEqualByComparingTo("575000");
		assertThat(modification.get("awards").get(1).get("suppliers").get(0).get("id").asString())
				.isEqualTo("FR-DECP-SIRET-868768687576575");
		JsonNode amended = modification.get("contracts").get(0);
		assertThat(amended.get("awardID").asString()).isEqualTo(modification.get("awards").get(1).get("id").asString());
		assertThat(amended.get("value").get("amount").decimalValue()).isEqualByComparingTo("123457.87");
		JsonNode amendment = amended.get("amendments").get(0);
		assertThat(amendment.get("releaseID").asString()).isEqualTo(modification.get("id").asString());
		assertThat(amendment.get("amendsReleaseID").asString()).isEqualTo(initial.get("id").asString());
		assertThat(amendment.get("date").asString()).isEqualTo("2022-10-18T00:00:00+02:00");
	}

	@Test
	void concessionsAreMappedToServicesOrWorksWithTheirStartOfExecution() {
		JsonNode release = releasePackage(OfficialExamples.contracts(), null, null).get("releases").get(4);

		assertThat(release.get("tender").get("mainProcurementCategory").asString()).isEqualTo("works");
		assertThat(release.get("tender").get("procurementMethod").asString()).isEqualTo("open");
		assertThat(release.get("contracts").get(0).get("period").get("startDate").asString())
				.isEqualTo("2024-04-01T00:00:00+02:00");
		assertThat(release.get("contracts").get(0).get("fr_decp").get("donneesExecution").get(0).get("tarifs"))
				.hasSize(2);
		assertThat(texts(release.get("parties").get(1).get("roles"))).containsExactly("supplier");
	}

	@Test
	void aBuyerThatIsAlsoTheSupplierIsOnePartyWithBothRoles() {
		Contract contract = Contract.builder(ContractKind.MARCHE, Generation.DECP_2019)
				.id("2019INT01").acheteurId("20001318300021").acheteurNom("LASAT").objet("Prestation interne")
				.codeCpv("79000000-4").procedure("Marché passé sans publicité ni mise en concurrence préalable")
				.dateNotification(LocalDate.parse("2019-02-01")).datePublicationDonnees(LocalDate.parse("2019-02-10"))
				.montant(new BigDecimal("50000")).dureeMois(12)
				.titulaires(List.of(new Titulaire("SIRET", "20001318300021", "LASAT"))).build();

		JsonNode release = releasePackage(List.of(contract), null, null).get("releases").get(0);

		assertThat(release.get("parties")).hasSize(1);
		assertThat(texts(release.get("parties").get(0).get("roles"))).containsExactly("buyer", "supplier");
		assertThat(release.get("tender").get("procurementMethod").asString()).isEqualTo("limited");
		assertThat(release.get("tender").get("mainProcurementCategory").asString()).isEqualTo("services");
	}

	@Test
	void onlyReleasesDatedInTheRangeAreWritten() {
		JsonNode written = releasePackage(OfficialExamples.contracts(), LocalDate.parse("2024-01-01"),
				LocalDate.parse("2024-04-30"));

		assertThat(written.get("releases")).extracting(release -> release.get("id").asString())
				.containsExactly("ocds-t3stfr-123456789012340612202306122024-00",
						"ocds-t3stfr-123456789012340612202306122024-01",
						"ocds-t3stfr-123456789012500612202306122023-00",
						"ocds-t3stfr-123456789012500612202306122023-01");
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asString()));
		return texts;
	}
}
