package fr.ouvert.hatvp.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import fr.ouvert.hatvp.CsvTableReader;
import org.junit.jupiter.api.Test;

class DeclarationsCsvWriterTest {

	private static String write(String table, List<Declaration> declarations) throws IOException {
		StringWriter out = new StringWriter();
		try (DeclarationsCsvWriter writer = new DeclarationsCsvWriter(table, out)) {
			declarations.forEach(writer::write);
		}
		return out.toString();
	}

	/** The data rows, read back by the library's CSV reader (values may span lines). */
	static List<List<String>> rows(String csv) throws IOException {
		try (CsvTableReader reader = new CsvTableReader(new StringReader(csv), "test.csv", ',')) {
			List<List<String>> rows = new ArrayList<>();
			for (CsvTableReader.Row row = reader.next(); row != null; row = reader.next()) {
				rows.add(row.values());
			}
			return rows;
		}
	}

	@Test
	void everyTableHasItsRows() throws IOException {
		List<Declaration> all = DeclarationsXmlReaderTest.read("hatvp_declarations_2017-09_sample.xml");

		assertThat(rows(write("declarations", all))).hasSize(48);
		assertThat(rows(write("sections", all))).hasSize(48 * 9);
		// Item counts of the sample: one row per item.
		assertThat(rows(write("mandats_electifs", all))).hasSize(98);
		assertThat(rows(write("participations_organes_dirigeants", all))).hasSize(284);
		assertThat(rows(write("participations_financieres", all))).hasSize(67);
		assertThat(rows(write("activites_professionnelles", all))).hasSize(88);
		assertThat(rows(write("observations", all))).hasSize(17);
		// Nothing of the sample's items is outside the section tables but the labels of the motives.
		assertThat(rows(write("autres_sections", all))).isEmpty();
	}

	@Test
	void amountsAreWrittenAsDeclaredNextToTheirNumber() throws IOException {
		Declaration first = DeclarationsXmlReaderTest.read("hatvp_declarations_2017-09_sample.xml").get(0);

		String holdings = write("participations_financieres", List.of(first));
		List<List<String>> rows = rows(holdings);

		assertThat(holdings.lines().findFirst().orElseThrow()).isEqualTo("uuid,element,motif,commentaire,conservee,"
				+ "nomSociete,evaluation,evaluation_nombre,remuneration,remuneration_nombre,capitalDetenu,"
				+ "capitalDetenu_nombre,nombreParts,nombreParts_nombre");
		assertThat(holdings).contains("\"SCI\n[Données non publiées]\",67000,67000,2637,2637,25,25,1340,1340\n");
		assertThat(rows.get(1).subList(5, 14)).containsExactly("SARL PAMES", "2000", "2000", "néant", "", "20", "20", "200", "200");
		assertThat(rows.get(3).subList(5, 14)).containsExactly("Air Liquide", "4331", "4331", "205.22", "205.22", "", "", "41", "41");
	}

	@Test
	void yearlyRemunerationsAreExploded() throws IOException {
		Declaration d = DeclarationsXmlReaderTest.read("hatvp_declaration_DI_2024_single.xml").get(0);

		String pay = write("remuneration_annuelle", List.of(d));

		assertThat(pay.lines().findFirst().orElseThrow()).isEqualTo("uuid,section,element,annee,montant,montant_nombre,brut_net");
		assertThat(rows(pay).get(0))
			.containsExactly("40c65083-094f-4170-9e21-b9c95f4390d6", "activProfCinqDerniereDto", "1", "2022", "10 312", "10312", "Net");
		assertThat(pay).contains("\n40c65083-094f-4170-9e21-b9c95f4390d6,mandatElectifDto,1,2019,71 105,71105,Net\n");
	}

	@Test
	void theDeclarationsTableSaysWhoAndWhen() throws IOException {
		Declaration d = DeclarationsXmlReaderTest.read("hatvp_declaration_DI_2024_single.xml").get(0);

		List<String> row = rows(write("declarations", List.of(d))).get(0);

		assertThat(row.subList(0, 6)).containsExactly("40c65083-094f-4170-9e21-b9c95f4390d6", "2024-11-29T18:54:22",
				"29/11/2024 18:54:22", "ADEL", "20171221", "DI");
		assertThat(row.subList(8, 14)).containsExactly("Elu départemental", "departement", "Ain (01)",
				"Vice-président délégué à la santé et la démographie médicale", "2024-11-04", "");
	}

	@Test
	void valuesWithoutAColumnGoToTheOtherSectionsTable() throws IOException {
		Declaration d = DeclarationsXmlReaderTest.readText("<declarations><declaration><dateDepot>01/01/2024 00:00:00</dateDepot>"
				+ "<uuid>u-1</uuid><immeubleDto><items><items><nature>Maison</nature><valeurVenale>250 000</valeurVenale>"
				+ "</items></items><neant>false</neant></immeubleDto><general><declarant><nom>X</nom></declarant></general>"
				+ "</declaration></declarations>").get(0);

		assertThat(rows(write("autres_sections", List.of(d)))).containsExactly(
				List.of("u-1", "immeubleDto", "1", "nature", "Maison"), List.of("u-1", "immeubleDto", "1", "valeurVenale", "250 000"));
	}
}
