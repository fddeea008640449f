package fr.ouvert.hatvp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableReaderTest {

	@Test
	void readsQuotedFieldsOverSeveralLinesWithTheLineEachRowStartsOn() throws IOException {
		String csv = "\uFEFFid;texte\r\n1;\"une\r\ndeux \"\"trois\"\"\"\r\n\r\n2;\n";
		try (CsvTableReader reader = new CsvTableReader(new StringReader(csv), "t.csv", ';')) {
			assertThat(reader.header()).containsExactly("id", "texte");
			CsvTableReader.Row first = reader.next();
			assertThat(first.line()).isEqualTo(2);
			assertThat(first.values()).containsExactly("1", "une\r\ndeux \"trois\"");
			CsvTableReader.Row second = reader.next();
			assertThat(second.index()).isEqualTo(2);
			assertThat(second.line()).isEqualTo(5);
			assertThat(second.values()).containsExactly("2", "");
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void whatIsWrittenReadsBack() throws IOException {
		StringWriter out = new StringWriter();
		try (CsvTableWriter writer = new CsvTableWriter(out, ';', List.of("a", "b", "c"))) {
			writer.row(List.of("x;y", "guillemet \" ici", "ligne\nsuivante"));
			writer.row(Arrays.asList(null, "simple", 3));
		}
		assertThat(out.toString()).isEqualTo("a;b;c\n\"x;y\";\"guillemet \"\" ici\";\"ligne\nsuivante\"\n;simple;3\n");
		List<List<String>> rows = new ArrayList<>();
		try (CsvTableReader reader = new CsvTableReader(new StringReader(out.toString()), "t.csv", ';')) {
			CsvTableReader.Row row;
			while ((row = reader.next()) != null) {
				rows.add(row.values());
			}
		}
		assertThat(rows).containsExactly(List.of("x;y", "guillemet \" ici", "ligne\nsuivante"), List.of("", "simple", "3"));
	}

	@Test
	void textAfterAClosingQuoteSaysWhere() throws IOException {
		try (CsvTableReader reader = new CsvTableReader(new StringReader("a;b\n1;\"x\"y\n"), "t.csv", ';')) {
			assertThatThrownBy(reader::next)
					.hasMessage("t.csv, enregistrement 1, ligne 2 : caractère « y » après le guillemet fermant du champ 2");
		}
	}

	@Test
	void anEmptyFileHasNoHeader() {
		assertThatThrownBy(() -> new CsvTableReader(new StringReader(""), "vide.csv", ';'))
				.hasMessage("vide.csv, ligne 1 : fichier vide, sans ligne d'en-tête");
	}
}
