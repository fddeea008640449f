package fr.ouvert.hatvp.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeclarationsCsvWriterTest {

	private static String write(String table, List<Declaration> declarations) throws IOException {
		StringWriter out = new StringWriter();
		try (DeclarationsCsvWriter writer = new DeclarationsCsvWriter(table, out)) {
			for (Declaration d : declarations) {
				writer.write(d);
			}
		}
		return out.toString();
	}

	@Test
	void everyTableHasItsRows() throws IOException {
		List<Declaration> all = DeclarationsXmlReaderTest.read("hatvp_declarations_2017-09_sample.xml");

		assertThat(write("declarations", all).split("\r\n")).hasSize(49);
		assertThat(write("sections", all).split("\r\n")).hasSize(1 + 48 * 9);
		// Item counts of the sample (one row per item, plus the header).
		assertThat(write("mandats_electifs", all).split("\r\n")).hasSize(1 + 98);
		assertThat(write("participations_organes_dirigeants", all).split("\r\n")).hasSize(1 + 284);
		assertThat(write("participations_financieres", all).split("\r\n")).hasSize(1 + 67);
		assertThat(write("activites_professionnelles", all).split("\r\n")).hasSize(1 + 88);
		assertThat(write("observations", all).split("\r\n")).hasSize(1 + 17);
	}

	@Test
	void amountsAreWrittenAsDeclaredNextToTheirNumber() throws IOException {
		Declaration first = DeclarationsXmlReaderTest.read("hatvp_declarations_2017-09_sample.xml").get(0);

		String holdings = write("participations_financieres", List.of(first));
		String[] lines = holdings.split("\r\n");

		assertThat(lines[0]).isEqualTo("uuid,element,motif,commentaire,conservee,nomSociete,evaluation,evaluation_nombre,"
				+ "remuneration,remuneration_nombre,capitalDetenu,capitalDetenu_nombre,nombreParts,nombreParts_nombre");
		assertThat(holdings).contains("\"SCI\n[Données non publiées]\",67000,67000,2637,2637,25,25,1340,1340\r\n");
		assertThat(lines).anyMatch(l -> l.endsWith(",SARL PAMES,2000,2000,néant,,20,20,200,200"));
		assertThat(lines).anyMatch(l -> l.endsWith(",Air Liquide,4331,4331,205.22,205.22,,,41,41"));
	}

	@Test
	void yearlyRemunerationsAreExploded() throws IOException {
		Declaration d = DeclarationsXmlReaderTest.read("hatvp_declaration_DI_2024_single.xml").get(0);

		String[] lines = write("remuneration_annuelle", List.of(d)).split("\r\n");

		assertThat(lines[0]).isEqualTo("uuid,section,element,annee,montant,montant_nombre,brut_net");
		assertThat(lines[1]).isEqualTo("40c65083-094f-4170-9e21-b9c95f4390d6,activProfCinqDerniereDto,1,2022,10 312,10312,Net");
		assertThat(lines).contains("40c65083-094f-4170-9e21-b9c95f4390d6,mandatElectifDto,1,2019,71 105,71105,Net");
	}

	@Test
	void theDeclarationsTableSaysWhoAndWhen() throws IOException {
		Declaration d = DeclarationsXmlReaderTest.read("hatvp_declaration_DI_2024_single.xml").get(0);

		String[] lines = write("declarations", List.of(d)).split("\r\n");

		assertThat(lines[1]).startsWith("40c65083-094f-4170-9e21-b9c95f4390d6,2024-11-29T18:54:22,29/11/2024 18:54:22,ADEL,20171221,DI,")
			.contains(",Elu départemental,departement,Ain (01),")
			.contains(",2024-11-04,,");
	}
}
