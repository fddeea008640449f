package fr.ouvert.tableschema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Whichever thread prepares the cells (the reading thread for every record, for none, or as the load goes),
 * the report is the same.
 */
class ThreadSharingTest {

	@Test
	void theExamplesOfTheSchemasGiveTheSameReports() throws IOException {
		int compared = 0;
		for (String folder : List.of("scdl-subventions", "lieux-covoiturage", "stationnement", "catalogue-donnees")) {
			TableSchema schema = Fixtures.schema(folder + "/schema.json");
			for (String example : List.of("exemple_valide.csv", "exemple_invalide_erreurs_cellules.csv",
					"exemple_invalide_erreurs_colonnes.csv", "exemple-valide.csv", "exemple-invalide.csv")) {
				byte[] csv;
				try (InputStream in = getClass().getClassLoader()
						.getResourceAsStream("schemas/" + folder + "/" + example)) {
					if (in == null) {
						continue;
					}
					csv = in.readAllBytes();
				}
				assertSameReports(schema, csv);
				compared++;
			}
		}
		assertThat(compared).isEqualTo(8);
	}

	@Test
	void alteredSubventionsGiveTheSameReports() throws IOException {
		TableSchema schema = Fixtures.schema("scdl-subventions/schema.json");
		String valid;
		try (InputStream in = getClass().getClassLoader()
				.getResourceAsStream("schemas/scdl-subventions/exemple_valide.csv")) {
			valid = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String header = valid.substring(0, valid.indexOf('\n') + 1);
		String rows = valid.substring(header.length());
		String[] inserts = {"\"", ",", "\n", "\r\n", ",,,,,,", "é", "😀", " ", "1,5", "3.2e5", "2024-02-30", "W12",
				""};
		SplittableRandom random = new SplittableRandom(11);
		long errors = 0;
		for (int file = 0; file < 5; file++) {
			StringBuilder text = new StringBuilder(header);
			for (int copy = 0; copy < 400; copy++) {
				for (int i = 0; i < rows.length(); i++) {
					int draw = random.nextInt(500);
					if (draw == 0) {
						continue;
					}
					if (draw == 1) {
						text.append(inserts[random.nextInt(inserts.length)]);
					}
					text.append(rows.charAt(i));
				}
			}
			errors += assertSameReports(schema, text.toString().getBytes(StandardCharsets.UTF_8));
		}
		assertThat(errors).isGreaterThan(1000);
	}

	@Test
	void uniqueAndPrimaryKeysGiveTheSameReports() throws IOException, TableSchemaException {
		TableSchema schema = TableSchema.parse("{\"fields\": [{\"name\": \"id\", \"type\": \"integer\","
				+ " \"constraints\": {\"unique\": true, \"minimum\": 0}}, {\"name\": \"code\","
				+ " \"constraints\": {\"pattern\": \"^[A-C]\\\\d$\"}}, {\"name\": \"taux\", \"type\": \"number\"}],"
				+ " \"primaryKey\": [\"code\", \"taux\"]}");
		SplittableRandom random = new SplittableRandom(2);
		StringBuilder csv = new StringBuilder("id,code,taux\n");
		for (int row = 0; row < 20_000; row++) {
			csv.append(random.nextInt(30_000) - 10).append(',')
					.append("ABCD".charAt(random.nextInt(4))).append(random.nextInt(12)).append(',')
					.append(random.nextInt(50) / 4.0).append('\n');
		}
		long errors = assertSameReports(schema, csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(errors).isGreaterThan(1000);
	}

	/** The reports with every record prepared by the reading thread, none, and balanced; returns the errors. */
	private static long assertSameReports(TableSchema schema, byte[] csv) throws IOException {
		ValidationOptions options = new ValidationOptions(false, 1_000_000);
		ValidationReport reference = TableValidator.validate(schema, new ByteArrayInputStream(csv), options,
				ReadAhead.Sharing.NONE);
		for (ReadAhead.Sharing sharing : List.of(ReadAhead.Sharing.ALL, ReadAhead.Sharing.BALANCED)) {
			ValidationReport report = TableValidator.validate(schema, new ByteArrayInputStream(csv), options,
					sharing);
			assertThat(report.errors()).as(sharing.name()).isEqualTo(reference.errors());
			assertThat(report.warnings()).isEqualTo(reference.warnings());
			assertThat(report.errorCountsByType()).isEqualTo(reference.errorCountsByType());
			assertThat(report.rows()).isEqualTo(reference.rows());
		}
		return reference.errorCount();
	}
}
