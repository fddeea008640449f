package fr.ouvert.hatvp.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.ouvert.hatvp.register.RegisterReadReport.Shape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acceptance 2: the JSON sample, read, written in HATVP's shape and read again, gives back the same content. The
 * normalisations (formats/hatvp/README.md) are of form only, so the publications read back are equal.
 */
class RegisterJsonRoundTripTest {

	private final RegisterJsonReader reader = new RegisterJsonReader();

	@Test
	void theSampleWrittenInHatvpsShapeReadsBackTheSame() throws IOException {
		List<Publication> original = read(Samples.path(Samples.REGARDS_CITOYENS_JSON));
		byte[] written = write(original);

		List<Publication> readBack = new ArrayList<>();
		RegisterReadReport report = reader.read(new ByteArrayInputStream(written), "écrit.json", readBack::add);

		assertThat(report.shape()).isEqualTo(Shape.HATVP_JSON);
		assertThat(report.skippedKeys()).isEmpty();
		assertThat(report.publications()).isEqualTo(18);
		assertThat(report.exercices()).isEqualTo(82);
		assertThat(report.activites()).isEqualTo(230);
		assertThat(readBack).containsExactlyElementsOf(original);
		assertThat(write(readBack)).isEqualTo(written);
	}

	@Test
	void theWrittenFileHasHatvpsShapeAndDates() throws IOException {
		JsonNode root = JsonMapper.shared().readTree(write(read(Samples.path(Samples.REGARDS_CITOYENS_JSON))));

		assertThat(root.propertyNames()).containsExactly("publications");
		JsonNode andra = root.get("publications").get(0);
		assertThat(andra.get("datePremierePublication").asString()).isEqualTo("12/12/2017 16:33:22");
		assertThat(andra.get("activites").propertyNames())
				.containsExactly("listSecteursActivites", "listNiveauIntervention");
		JsonNode exercice = andra.get("exercices").get(0).get("publicationCourante");
		assertThat(exercice.get("dateDebut").asString()).isEqualTo("01-07-2017");
		assertThat(exercice.get("dateFin").asString()).isEqualTo("31-12-2017");
		assertThat(exercice.get("publicationDate").asString()).isEqualTo("30/04/2018 20:16:17");
		assertThat(exercice.get("montantDepense").asString()).isEqualTo("> = 25 000 euros et < 50 000 euros");
		JsonNode action = exercice.get("activites").get(0).get("publicationCourante")
				.get("actionsRepresentationInteret").get(0);
		assertThat(action.has("reponsablesPublics")).isTrue();
		for (String extra : List.of("url_json", "historique", "historique_exercices", "resumes_actions")) {
			assertThat(root.findValues(extra)).as(extra).isEmpty();
		}
	}

	@Test
	void bracketsInTheCsvWordingAreWrittenInTheJsonWording() throws IOException {
		Exercice exercice = new Exercice(1L, null, null, null, "> = 50 000 € et < 75 000 €", "< 100 000 €", false, 1,
				0, true, false, null, List.of());
		Publication publication = new Publication("A", null, null, null, "H000000001", "HATVP", null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), null, List.of(),
				null, List.of(), List.of(), List.of(), null, null, null, null, null, null, null, List.of(exercice));

		JsonNode written = JsonMapper.shared().readTree(write(List.of(publication)))
				.get("publications").get(0).get("exercices").get(0).get("publicationCourante");

		assertThat(written.get("montantDepense").asString()).isEqualTo("> = 50 000 euros et < 75 000 euros");
		assertThat(written.get("chiffreAffaire").asString()).isEqualTo("< 100 000 euros");
		assertThat(written.has("activites")).isFalse();
	}

	private List<Publication> read(Path file) throws IOException {
		List<Publication> publications = new ArrayList<>();
		reader.read(file, publications::add);
		return publications;
	}

	private static byte[] write(List<Publication> publications) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (RegisterJsonWriter writer = new RegisterJsonWriter(out)) {
			publications.forEach(writer::write);
		}
		return out.toByteArray();
	}
}
