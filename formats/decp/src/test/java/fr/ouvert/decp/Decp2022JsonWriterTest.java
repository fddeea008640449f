package fr.ouvert.decp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class Decp2022JsonWriterTest {

	private static JsonNode write(List<Contract> contracts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Decp2022JsonWriter writer = new Decp2022JsonWriter(out)) {
			contracts.forEach(writer::write);
		}
		return Schemas.MAPPER.readTree(out.toByteArray());
	}

	@Test
	void theOfficialExampleRoundTripsAndValidatesAgainstTheSchema() {
		JsonNode written = write(OfficialExamples.contracts());

		assertThat(written).isEqualTo(Schemas.fixture(OfficialExamples.FILE));
		assertThat(Schemas.decp2022Errors(written)).isEmpty();
	}

	@Test
	void aRecordOfThe2019GenerationIsConvertedAsFarAsTheModelAllows() {
		Contract contract = Contract.builder(ContractKind.MARCHE, Generation.DECP_2019)
				.id("2019AC0100")
				.acheteurId("21350045800017")
				.acheteurNom("Commune d'Exemple")
				.nature("Accord-cadre")
				.objet("Fournitures de bureau")
				.codeCpv("30192000-1")
				.procedure("Appel d'offres ouvert")
				.lieuExecution(new LieuExecution("13045", "Code commune", "Exemple"))
				.dureeMois(24)
				.dateNotification(LocalDate.parse("2019-03-01"))
				.datePublicationDonnees(LocalDate.parse("2019-03-20"))
				.montant(new BigDecimal("120000"))
				.formePrix("Révisable")
				.titulaires(List.of(new Titulaire("SIRET", "73282932000074", "PAPETERIE SA")))
				.modifications(List.of(new Modification(1, null, "Avenant de prolongation",
						LocalDate.parse("2020-01-10"), LocalDate.parse("2020-01-15"), 30, null, null)))
				.build();

		JsonNode marche = write(List.of(contract)).get("marches").get("marche").get(0);

		assertThat(marche.get("nature").asString()).isEqualTo("Marché");
		assertThat(marche.get("techniques").get("technique").get(0).asString()).isEqualTo("Accord-cadre");
		assertThat(marche.get("typesPrix").get("typePrix").get(0).asString()).isEqualTo("Définitif révisable");
		assertThat(marche.has("formePrix")).isFalse();
		assertThat(marche.get("acheteur").has("nom")).isFalse();
		assertThat(marche.get("lieuExecution").has("nom")).isFalse();
		assertThat(marche.get("titulaires").get(0).get("titulaire").has("denominationSociale")).isFalse();
		JsonNode modification = marche.get("modifications").get(0).get("modification");
		assertThat(modification.get("id").asInt()).isEqualTo(1);
		assertThat(modification.has("objetModification")).isFalse();
		assertThat(modification.get("dureeMois").asInt()).isEqualTo(30);
		assertThat(marche.has("ccag")).as("a required 2.0 field the record lacks is omitted, not invented").isFalse();
		assertThat(Schemas.decp2022Errors(write(List.of(contract))))
				.extracting(error -> error.getMessage())
				.anyMatch(message -> message.contains("ccag"));
	}

	@Test
	void aMarcheAfterAConcessionIsRefused() {
		List<Contract> contracts = OfficialExamples.contracts();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Decp2022JsonWriter writer = new Decp2022JsonWriter(out)) {
			writer.write(contracts.get(2));
			assertThatThrownBy(() -> writer.write(contracts.get(0)))
					.isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("21750001630066TEST2022")
					.hasMessageContaining("marchés d'abord");
		}
	}

	@Test
	void noContractGivesAnEmptyListOfMarches() {
		assertThat(write(List.of()).toString()).isEqualTo("{\"marches\":{\"marche\":[]}}");
	}
}
