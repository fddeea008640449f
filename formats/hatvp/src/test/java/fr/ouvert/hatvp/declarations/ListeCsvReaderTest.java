package fr.ouvert.hatvp.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ListeCsvReaderTest {

	private static List<ListeEntry> read(InputStream in) throws IOException {
		try (ListeCsvReader reader = ListeCsvReader.open(in, "liste.csv")) {
			List<ListeEntry> entries = new ArrayList<>();
			for (ListeEntry e = reader.read(); e != null; e = reader.read()) {
				entries.add(e);
			}
			return entries;
		}
	}

	private static List<ListeEntry> read(String text) throws IOException {
		return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void theSampleHas410RowsWithTheirTypes() throws IOException {
		List<ListeEntry> all = read(getClass().getResourceAsStream("/declarations/hatvp_liste_2025-08_sample.csv"));

		assertThat(all).hasSize(410);
		assertThat(all.stream().collect(Collectors.groupingBy(ListeEntry::typeMandat, Collectors.counting())))
			.isEqualTo(Map.ofEntries(Map.entry("gouvernement", 113L), Map.entry("autre", 52L), Map.entry("senateur", 51L),
					Map.entry("depute", 50L), Map.entry("europe", 42L), Map.entry("commune", 21L),
					Map.entry("departement", 21L), Map.entry("region", 21L), Map.entry("epci", 20L),
					Map.entry("ctsp", 17L), Map.entry("president", 2L)));
		assertThat(all.stream().collect(Collectors.groupingBy(ListeEntry::typeDocument, Collectors.counting())))
			.isEqualTo(Map.of("di", 121L, "dsp", 84L, "dim", 82L, "dspm", 66L, "diam", 32L, "dia", 25L));
		ListeEntry first = all.get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.personSlug()).isEqualTo("hakem-abbassia");
		assertThat(first.openData()).isEqualTo("hakem-abbassia-di16146-commune-nantes.xml");
		assertThat(first.depositDate()).isEqualTo(LocalDate.of(2020, 9, 1));
		assertThat(first.publicationDate()).isEqualTo(LocalDate.of(2021, 9, 27));
		assertThat(first.statutPublication()).isEqualTo("Livrée");
		assertThat(all.get(all.size() - 1).line()).isEqualTo(411);
	}

	@Test
	void anOlder13ColumnFileWithABomAndQuotesReads() throws IOException {
		List<ListeEntry> all = read("\uFEFFcivilite;prenom;nom;classement;type_mandat;qualite;type_document;departement;"
				+ "date_publication;nom_fichier;url_dossier;id_origine;url_photo\n"
				+ "M.;Jean;DUPONT;dupontjean;depute;\"Député; 3e circonscription\";dia;75;2017-01-05;dupont-jean-dia1.pdf;"
				+ "/pages_nominatives/dupont-jean;PA1;\n\n");

		assertThat(all).hasSize(1);
		assertThat(all.get(0).qualite()).isEqualTo("Député; 3e circonscription");
		assertThat(all.get(0).dateDepot()).isEmpty();
		assertThat(all.get(0).statutPublication()).isEmpty();
		assertThat(all.get(0).personSlug()).isEqualTo("dupont-jean");
	}

	@Test
	void aMissingColumnOrARowOfAnotherWidthSaysWhere() {
		assertThatThrownBy(() -> read("civilite;prenom;nom\nM.;A;B\n"))
			.isInstanceOf(fr.ouvert.hatvp.HatvpFormatException.class)
			.hasMessage("liste.csv, ligne 1 : colonne(s) absente(s) de l'en-tête : classement, type_mandat, qualite, "
					+ "type_document, departement, date_publication, nom_fichier, url_dossier, id_origine, url_photo");
		String header = String.join(";", ListeCsvReader.REQUIRED) + "\n";
		assertThatThrownBy(() -> read(header + ";".repeat(12) + "\n;;;\n"))
			.hasMessage("liste.csv, enregistrement 2, ligne 3 : 4 champs au lieu des 13 de l'en-tête");
	}
}
