package fr.ouvert.decp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.ouvert.tableschema.CsvRecordReader;
import fr.ouvert.tableschema.TableSchema;
import fr.ouvert.tableschema.TableValidator;
import fr.ouvert.tableschema.ValidationOptions;
import fr.ouvert.tableschema.ValidationReport;

class DecpCsvWriterTest {

	private static byte[] write(List<Contract> contracts) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DecpCsvWriter writer = new DecpCsvWriter(out)) {
			for (Contract contract : contracts) {
				writer.write(contract);
			}
		}
		return out.toByteArray();
	}

	private static List<Map<String, String>> rows(byte[] csv) throws IOException {
		CsvRecordReader reader = new CsvRecordReader(new StringReader(new String(csv, StandardCharsets.UTF_8)));
		List<String> header = List.copyOf(reader.next());
		List<Map<String, String>> rows = new ArrayList<>();
		for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), cells.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	@Test
	void oneRowPerContractAndHolderInForceWithTheCurrentValues() throws IOException {
		List<Map<String, String>> rows = rows(write(OfficialExamples.contracts()));

		assertThat(rows).hasSize(2 + 2 * 2);
		Map<String, String> marche = rows.get(0);
		assertThat(marche.get("uid")).isEqualTo("21750001630066TEST2022");
		assertThat(marche.get("titulaire_id")).as("the modification replaced the holder").isEqualTo("868768687576575");
		assertThat(marche.get("montant")).isEqualTo("575000");
		assertThat(marche.get("montantActuel")).isEqualTo("123457.87");
		assertThat(marche.get("dureeMois")).isEqualTo("48");
		assertThat(marche.get("dureeMoisActuelle")).isEqualTo("12");
		assertThat(marche.get("nombreModifications")).isEqualTo("1");
		assertThat(marche.get("dateDerniereModification")).isEqualTo("2022-10-18");
		assertThat(marche.get("techniques")).isEqualTo("Concours, Accord-cadre");
		assertThat(marche.get("type")).isEqualTo("Travaux");
		assertThat(marche.get("attributionAvance")).isEqualTo("true");
		assertThat(rows.subList(2, 4)).extracting(row -> row.get("titulaire_id"))
				.containsExactly("38103128500491", "38103128500574");
		assertThat(rows.get(2).get("typeContrat")).isEqualTo("Contrat de concession");
		assertThat(rows.get(2).get("montantActuel")).isEqualTo("25.0");
	}

	@Test
	void theFileValidatesAgainstItsOwnTableSchema() throws Exception {
		byte[] csv = write(OfficialExamples.contracts());

		ValidationReport report = TableValidator.validate(TableSchema.parse(DecpCsvWriter.tableSchema()),
				new ByteArrayInputStream(csv), ValidationOptions.defaults());

		assertThat(report.errors()).isEmpty();
		assertThat(report.rows()).isEqualTo(6);
		assertThat(TableSchema.parse(DecpCsvWriter.tableSchema()).fields()).extracting(field -> field.name())
				.containsExactlyElementsOf(DecpCsvWriter.columns());
	}

	@Test
	void cellsWithSeparatorsQuotesAndLineBreaksAreQuotedAndAContractWithoutHolderKeepsItsRow() throws IOException {
		Contract contract = Contract.builder(ContractKind.MARCHE, Generation.DECP_2019)
				.id("2019 01/7")
				.acheteurId("21350045800017")
				.objet("Travaux \"lot 1\", voirie\r\net réseaux")
				.codeCpv("45233140-2")
				.montant(new BigDecimal("1E+5"))
				.dateNotification(LocalDate.parse("2019-05-02"))
				.build();

		byte[] csv = write(List.of(contract));
		List<Map<String, String>> rows = rows(csv);

		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"Travaux \"\"lot 1\"\", voirie\r\net réseaux\"");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("objet")).isEqualTo("Travaux \"lot 1\", voirie\r\net réseaux");
		assertThat(rows.get(0).get("uid")).isEqualTo("213500458000172019_01_7");
		assertThat(rows.get(0).get("titulaire_id")).isEmpty();
		assertThat(rows.get(0).get("montant")).isEqualTo("100000");
	}

	@Test
	void anEmptyFileStillHasItsHeader() throws IOException {
		assertThat(new String(write(List.of()), StandardCharsets.UTF_8))
				.isEqualTo(String.join(",", DecpCsvWriter.columns()) + "\r\n");
	}
}
