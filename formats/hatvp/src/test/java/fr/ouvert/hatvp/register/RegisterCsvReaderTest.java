package fr.ouvert.hatvp.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.ouvert.hatvp.HatvpFormatException;
import fr.ouvert.hatvp.register.RegisterReadReport.Shape;

class RegisterCsvReaderTest {

	private final RegisterCsvReader reader = new RegisterCsvReader();

	@TempDir
	Path temp;

	@Test
	void readsTheSliceLinkedEndToEnd() throws IOException {
		List<Publication> publications = new ArrayList<>();
		RegisterReadReport report = reader.read(Samples.path(Samples.CSV_SLICE), publications::add);

		assertThat(report.shape()).isEqualTo(Shape.HATVP_CSV);
		assertThat(report.skippedKeys()).isEmpty();
		assertThat(report.publications()).isEqualTo(31);
		assertThat(report.exercices()).isEqualTo(89);
		assertThat(report.activites()).isEqualTo(155);
		assertThat(report.actions()).isEqualTo(155);
		// Every row of every table reached a publication: the sums are the tables' row counts (NOTICE.md).
		assertThat(sum(publications, p -> p.dirigeants().size())).isEqualTo(57);
		assertThat(sum(publications, p -> p.collaborateurs().size())).isEqualTo(124);
		assertThat(sum(publications, p -> p.clients().size())).isEqualTo(518);
		assertThat(sum(publications, p -> p.affiliations().size())).isEqualTo(56);
		assertThat(sum(publications, p -> p.niveauxIntervention().size())).isEqualTo(77);
		assertThat(sum(publications, p -> p.secteursActivites().size())).isEqualTo(136);
		assertThat(activites(publications).mapToInt(a -> a.domainesIntervention().size()).sum()).isEqualTo(320);
		assertThat(actions(publications).mapToInt(a -> a.actionsMenees().size()).sum()).isEqualTo(418);
		assertThat(actions(publications).mapToInt(a -> a.tiers().size()).sum()).isEqualTo(1140);
		assertThat(actions(publications).mapToInt(a -> a.decisionsConcernees().size()).sum()).isEqualTo(192);
		// Table 13's 400 rows: 113 entries as published, 287 rows derived from them (one per packed ministry).
		assertThat(actions(publications).mapToInt(a -> a.reponsablesPublics().size()).sum()).isEqualTo(113);
	}

	@Test
	void readsTheValuesOfTheFirstRepresentative() throws IOException {
		List<Publication> publications = new ArrayList<>();
		reader.read(Samples.path(Samples.CSV_SLICE), publications::add);

		Publication first = publications.get(0);
		assertThat(first.denomination()).isEqualTo("SOS MEDECINS FRANCE");
		assertThat(first.identifierType()).isEqualTo(IdentifierType.SIREN);
		assertThat(first.categorieOrganisation()).isEqualTo(new CategorieOrganisation("ASSOC", "Association", null, null));
		assertThat(first.datePremierePublication()).isEqualTo(LocalDateTime.of(2019, 3, 29, 18, 6, 37));
		assertThat(first.secteursActivites()).containsExactly(Sector.SANTE.asElement());
		assertThat(first.niveauxIntervention()).containsExactly(InterventionLevel.NATIONAL.asElement());
		Exercice exercice2018 = first.exercices().get(1);
		assertThat(exercice2018.dateDebut()).isEqualTo(LocalDate.of(2018, 1, 1));
		assertThat(exercice2018.publicationDate()).isEqualTo(LocalDateTime.of(2019, 3, 29, 0, 0));
		assertThat(exercice2018.nombreSalaries()).isEqualTo(6);
		assertThat(exercice2018.expenseBracket()).contains(new AmountBracket(50_000, 75_000L));
		assertThat(exercice2018.hasNotChiffreAffaire()).isTrue();
		ActionRepresentationInteret action = exercice2018.activites().get(0).actionsRepresentationInteret().get(0);
		assertThat(action.reponsablesPublics())
				.containsExactly("Membre du Gouvernement ou membre de cabinet ministériel - Premier ministre, Affaires sociales et santé");
		assertThat(OfficialTarget.parse(action.reponsablesPublics().get(0)).details())
				.containsExactly("Premier ministre", "Affaires sociales et santé");
		assertThat(action.tiers()).containsExactly("SOS MEDECINS FRANCE (en propre)");
	}

	@Test
	void readsTheTablesFromAZipArchive() throws IOException {
		Path zip = temp.resolve("Vues_Separees.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (RegisterCsvTable table : RegisterCsvTable.values()) {
				out.putNextEntry(new ZipEntry("Vues_Separees/" + table.fileName()));
				Files.copy(Samples.path(Samples.CSV_SLICE).resolve(table.fileName()), out);
				out.closeEntry();
			}
		}
		RegisterReadReport report = reader.read(zip, p -> {
		});

		assertThat(report.file()).isEqualTo("Vues_Separees.zip");
		assertThat(report.publications()).isEqualTo(31);
		assertThat(report.actions()).isEqualTo(155);
	}

	@Test
	void aKeyLeadingNowhereSaysWhereBeforeAnyPublicationIsDelivered() throws IOException {
		Path folder = copyOfTheSlice();
		append(folder, RegisterCsvTable.OBSERVATIONS, "99999;4242;Observation sans activité\n");
		List<Publication> delivered = new ArrayList<>();

		assertThatThrownBy(() -> reader.read(folder, delivered::add))
				.hasMessage("14_observations.csv, enregistrement 156, ligne 176, champ activite_id : "
						+ "la clé « 4242 » ne renvoie à aucune ligne de 8_objets_activites.csv");
		assertThat(delivered).isEmpty();
	}

	@Test
	void aDuplicateKeySaysWhere() throws IOException {
		Path folder = copyOfTheSlice();
		String exercices = Files.readString(folder.resolve("15_exercices.csv"));
		String firstRow = exercices.lines().skip(1).findFirst().orElseThrow();
		append(folder, RegisterCsvTable.EXERCICES, firstRow + "\n");

		assertThatThrownBy(() -> reader.read(folder, p -> {
		})).hasMessage("15_exercices.csv, enregistrement 90, ligne 91, champ exercices_id : "
				+ "clé « 16 » déjà rencontrée dans ce fichier");
	}

	@Test
	void unreadableValuesSayWhere() throws IOException {
		Path folder = copyOfTheSlice();
		// The last representative's last financial year: the 30 representatives before it are not delivered either.
		replace(folder, RegisterCsvTable.EXERCICES, "4294;1515;2018-01-01;2018-12-31;False;", "4294;1515;2018-01-01;2018-12-31;Peut-être;");
		List<Publication> delivered = new ArrayList<>();
		assertThatThrownBy(() -> reader.read(folder, delivered::add)).hasMessage("15_exercices.csv, enregistrement 89, "
				+ "ligne 90, champ exercice_sans_activite : booléen illisible « Peut-être » (attendu True ou False)");
		assertThat(delivered).isEmpty();

		replace(folder, RegisterCsvTable.EXERCICES, "Peut-être;", "False;");
		replace(folder, RegisterCsvTable.EXERCICES, "16;7;2019-01-01;2019-12-31;", "16;7;2019-01-01;2019-13-31;");
		assertThatThrownBy(() -> reader.read(folder, p -> {
		})).hasMessage("15_exercices.csv, enregistrement 1, ligne 2, champ date_fin : "
				+ "date illisible « 2019-13-31 » (attendu jj-mm-aaaa, aaaa-mm-jj ou jj/mm/aaaa)");
	}

	@Test
	void aMissingFileOrColumnOrABrokenRowSaysWhere() throws IOException {
		Path folder = copyOfTheSlice();
		replace(folder, RegisterCsvTable.DECISIONS_CONCERNEES, "decision_concernee;", "decision;");
		assertThatThrownBy(() -> reader.read(folder, p -> {
		})).hasMessage("12_decisions_concernees.csv, ligne 1, champ decision_concernee : colonne absente de l'en-tête");

		replace(folder, RegisterCsvTable.DECISIONS_CONCERNEES, "decision;", "decision_concernee;");
		append(folder, RegisterCsvTable.DECISIONS_CONCERNEES, "\"Lois, y compris constitutionnelles;2\n");
		assertThatThrownBy(() -> reader.read(folder, p -> {
		})).hasMessage("12_decisions_concernees.csv, enregistrement 193, ligne 194 : "
				+ "guillemet ouvert jamais fermé (champ 1)");

		Files.delete(folder.resolve("12_decisions_concernees.csv"));
		assertThatThrownBy(() -> reader.read(folder, p -> {
		})).isInstanceOf(HatvpFormatException.class)
				.hasMessage("12_decisions_concernees.csv : fichier absent de l'export");
	}

	@Test
	void aRowWithTooFewFieldsSaysWhere() throws IOException {
		Path folder = copyOfTheSlice();
		append(folder, RegisterCsvTable.ACTIONS_MENEES, "Envoyer des pétitions, lettres ouvertes, tracts;2\n");
		assertThatThrownBy(() -> reader.read(folder, p -> {
		})).hasMessage("10_actions_menees.csv, enregistrement 419, ligne 420 : 2 champs au lieu des 3 de l'en-tête");
	}

	private Path copyOfTheSlice() throws IOException {
		Path folder = temp.resolve("csv");
		Files.createDirectories(folder);
		for (RegisterCsvTable table : RegisterCsvTable.values()) {
			Files.copy(Samples.path(Samples.CSV_SLICE).resolve(table.fileName()), folder.resolve(table.fileName()));
		}
		return folder;
	}

	private static void append(Path folder, RegisterCsvTable table, String rows) throws IOException {
		try (OutputStream out = Files.newOutputStream(folder.resolve(table.fileName()),
				StandardOpenOption.APPEND)) {
			out.write(rows.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void replace(Path folder, RegisterCsvTable table, String from, String to) throws IOException {
		Path file = folder.resolve(table.fileName());
		String content = Files.readString(file);
		assertThat(content).contains(from);
		Files.writeString(file, content.replaceFirst(Pattern.quote(from),
				Matcher.quoteReplacement(to)));
	}

	static int sum(List<Publication> publications, Function<Publication, Integer> count) {
		return publications.stream().mapToInt(count::apply).sum();
	}

	static Stream<Activite> activites(List<Publication> publications) {
		return publications.stream().flatMap(p -> p.exercices().stream()).flatMap(e -> e.activites().stream());
	}

	static Stream<ActionRepresentationInteret> actions(List<Publication> publications) {
		return activites(publications).flatMap(a -> a.actionsRepresentationInteret().stream());
	}
}
