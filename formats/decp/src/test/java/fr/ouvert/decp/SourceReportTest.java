package fr.ouvert.decp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceReportTest {

	@Test
	void exactDuplicatesHaveTheSameFingerprintWhateverTheKeyOrder() throws IOException {
		String record = DirtyVariantsTest.marche2019("");
		String reordered = record.replace("\"id\": \"2019AB1200\", \"_type\": \"Marché\",", "\"_type\": \"Marché\", \"id\": \"2019AB1200\",");
		String changed = record.replace("127000", "127001");
		SourceReport report = new SourceReport("test");
		new DecpReader(DirtyVariantsTest.TODAY).read(new java.io.ByteArrayInputStream(
				("{\"marches\": [" + record + "," + reordered + "," + changed + "]}").getBytes(StandardCharsets.UTF_8)),
				"doublons.json", report::add);
		assertThat(report.records()).isEqualTo(3);
		assertThat(report.exactDuplicates()).isEqualTo(1);
		assertThat(report.examples(SourceReport.EXACT_DUPLICATE)).containsExactly(new SourceReport.Example(
				"doublons.json", 2, null, "Copie exacte de l'enregistrement 1 de la source."));
	}

	@Test
	void theReportOfARealFileRoundTripsThroughJson() throws IOException {
		SourceReport report = new SourceReport("bretagne");
		new DecpReader().read(RealFilesTest.DEMO.resolve("region-bretagne_2019_partial.xml"), report::add);
		SourceReport read = SourceReport.fromJson(report.toJson());
		assertThat(read.toJson()).isEqualTo(report.toJson());
		assertThat(read.countsByCode()).isEqualTo(report.countsByCode());
		assertThat(read.examples("enum-value")).isEqualTo(report.examples("enum-value")).hasSize(5);
		assertThat(read.severity("missing-field")).isEqualTo("WARNING");
	}

	@Test
	void theBretagneProblemsAreReportedNotFatal() throws IOException {
		SourceReport report = new SourceReport("bretagne");
		new DecpReader().read(RealFilesTest.DEMO.resolve("region-bretagne_2019_partial.xml"), report::add);
		assertThat(report.records()).isEqualTo(762);
		assertThat(report.rejected()).isZero();
		// 5-character ids (the 2019 schema wants 7 to 16)
		assertThat(report.countsByCode()).containsEntry("string-length", 762L);
		assertThat(report.examples("string-length").get(0))
				.isEqualTo(new SourceReport.Example("region-bretagne_2019_partial.xml", 1, "id",
						"Longueur de 5 caractères : entre 7 et 16 attendus."));
		assertThat(report.examples("missing-field")).extracting(SourceReport.Example::field)
				.contains("lieuExecution", "dateNotification", "datePublicationDonnees", "formePrix");
		assertThat(report.examples("enum-value")).extracting(SourceReport.Example::field).containsOnly("procedure");
		assertThat(report.countsByCode()).containsKey("procedure-1.4-label");
		assertThat(report.countsByCode().get("implausible-amount")).isPositive();
	}

	@Test
	void aReportIsWrittenAsDocumented() {
		SourceReport empty = new SourceReport("vide");
		assertThat(empty.toJson()).isEqualTo("{\"source\":\"vide\",\"records\":0,\"accepted\":0,\"corrected\":0,"
				+ "\"rejected\":0,\"exactDuplicates\":0,\"issues\":[]}");
		assertThat(Path.of("README.md")).content().contains("\"exactDuplicates\"");
	}
}
