package fr.ouvert.hatvp.register;

import static fr.ouvert.hatvp.register.RegisterCsvReaderTest.actions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.ouvert.hatvp.CsvTableReader;

class RegisterCsvRoundTripTest {

	/** The keys, numbered anew by the writer, and the columns HATVP derives from others. */
	private static final Set<String> NOT_COMPARED = Set.of("representants_id", "exercices_id", "activite_id",
			"action_representation_interet_id", "nombre_salaries", "montant_depense_inf", "montant_depense_sup", "ca_inf",
			"ca_sup");

	@TempDir
	Path temp;

	@Test
	void theSliceWrittenAgainReadsBackTheSame() throws IOException {
		List<Publication> original = read(Samples.path(Samples.CSV_SLICE));
		write(original, temp);

		assertThat(read(temp)).containsExactlyElementsOf(original);
	}

	/**
	 * Table by table, the rows written from the slice are the slice's rows, keys aside: the same columns, the same
	 * values in the same formats — table 13's derived rows included. Counts and the bounds of brackets are compared
	 * apart: the slice writes them as decimals ({@code 6.0}, {@code 0.0}) and 0 for « no bracket », we write integers
	 * and leave the cell empty.
	 */
	@Test
	void theTablesWrittenFromTheSliceHoldTheSliceRows() throws IOException {
		write(read(Samples.path(Samples.CSV_SLICE)), temp);

		for (RegisterCsvTable table : RegisterCsvTable.values()) {
			List<String> expected = comparable(Samples.path(Samples.CSV_SLICE).resolve(table.fileName()));
			List<String> written = comparable(temp.resolve(table.fileName()));
			assertThat(written).as(table.fileName()).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	@Test
	void theJsonSampleWrittenAsCsvKeepsWhatTheCsvHolds() throws IOException {
		List<Publication> fromJson = new ArrayList<>();
		new RegisterJsonReader().read(Samples.path(Samples.REGARDS_CITOYENS_JSON), fromJson::add);
		write(fromJson, temp);

		List<Publication> readBack = new ArrayList<>();
		RegisterReadReport report = new RegisterCsvReader().read(temp, readBack::add);

		assertThat(report.publications()).isEqualTo(18);
		assertThat(report.exercices()).isEqualTo(82);
		assertThat(report.activites()).isEqualTo(230);
		assertThat(report.actions()).isEqualTo(230);
		assertThat(actions(readBack).toList())
				.containsExactlyElementsOf(actions(fromJson).map(RegisterCsvRoundTripTest::emptyTextsAbsent).toList());
		assertThat(readBack).extracting(Publication::denomination, Publication::identifiantNational,
				Publication::secteursActivites, Publication::dirigeants)
				.containsExactlyElementsOf(fromJson.stream().map(p -> tuple(
						p.denomination(), p.identifiantNational(), p.secteursActivites(), p.dirigeants())).toList());
		assertThat(readBack.stream().flatMap(p -> p.exercices().stream()).map(Exercice::expenseBracket).toList())
				.containsExactlyElementsOf(fromJson.stream().flatMap(p -> p.exercices().stream())
						.map(Exercice::expenseBracket).toList());
	}

	/** The CSV has no empty text apart from an absent one (README: normalisations). */
	private static ActionRepresentationInteret emptyTextsAbsent(ActionRepresentationInteret a) {
		return new ActionRepresentationInteret(a.reponsablesPublics(), absentIfEmpty(a.responsablePublicAutre()),
				a.decisionsConcernees(), a.actionsMenees(), absentIfEmpty(a.actionMeneeAutre()), a.tiers(),
				absentIfEmpty(a.observation()));
	}

	private static String absentIfEmpty(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	private static List<Publication> read(Path folder) throws IOException {
		List<Publication> publications = new ArrayList<>();
		new RegisterCsvReader().read(folder, publications::add);
		return publications;
	}

	private static void write(List<Publication> publications, Path folder) throws IOException {
		try (RegisterCsvWriter writer = RegisterCsvWriter.toFolder(folder)) {
			publications.forEach(writer::write);
		}
	}

	/** Each data row as text, without the columns not compared. */
	private static List<String> comparable(Path file) throws IOException {
		List<String> rows = new ArrayList<>();
		try (CsvTableReader reader = new CsvTableReader(new StringReader(Files.readString(file)), file.toString(), ';')) {
			List<String> header = reader.header();
			CsvTableReader.Row row;
			while ((row = reader.next()) != null) {
				List<String> kept = new ArrayList<>();
				for (int i = 0; i < header.size(); i++) {
					if (!NOT_COMPARED.contains(header.get(i))) {
						kept.add(header.get(i) + "=" + row.values().get(i));
					}
				}
				rows.add(String.join(" | ", kept));
			}
		}
		return rows;
	}
}
