package fr.ouvert.hatvp.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.ouvert.hatvp.HatvpFormatException;
import fr.ouvert.hatvp.register.RegisterReadReport.Shape;
import fr.ouvert.hatvp.register.RegisterReadReport.SkippedKey;

class RegisterJsonReaderTest {

	private final RegisterJsonReader reader = new RegisterJsonReader();

	@Test
	void readsTheRegardsCitoyensSampleWithItsCounts() throws IOException {
		List<Publication> publications = new ArrayList<>();
		RegisterReadReport report = reader.read(Samples.path(Samples.REGARDS_CITOYENS_JSON), publications::add);

		assertThat(report.shape()).isEqualTo(Shape.REGARDS_CITOYENS_JSON);
		assertThat(report.publications()).isEqualTo(18);
		assertThat(report.exercices()).isEqualTo(82);
		assertThat(report.activites()).isEqualTo(230);
		assertThat(report.actions()).isEqualTo(230);
		assertThat(publications).hasSize(18);
		assertThat(publications.stream().mapToInt(p -> p.exercices().size()).sum()).isEqualTo(82);
		assertThat(publications.stream().flatMap(p -> p.exercices().stream()).mapToInt(e -> e.activites().size())
				.sum()).isEqualTo(230);
		assertThat(publications).allSatisfy(p -> {
			assertThat(p.categorieOrganisation().known()).contains(OrganisationCategory.EPAIC);
			assertThat(p.categorieOrganisation().categorie()).isEqualTo("ORGA_PUB");
		});
	}

	@Test
	void reportsRegardsCitoyensExtraKeysAsSkipped() throws IOException {
		RegisterReadReport report = reader.read(Samples.path(Samples.REGARDS_CITOYENS_JSON), p -> {
		});

		assertThat(report.skippedKeys()).extracting(SkippedKey::path, SkippedKey::occurrences, SkippedKey::firstRecord)
				.containsExactlyInAnyOrder(
						tuple("exercices[].activites[].historique", 230L, 1L),
						tuple("historique", 18L, 1L),
						tuple("historique_exercices", 18L, 1L),
						tuple("resumes_actions", 18L, 1L),
						tuple("url_json", 18L, 1L));
	}

	@Test
	void readsIsoAndHatvpDatesOfTheSample() throws IOException {
		List<Publication> publications = new ArrayList<>();
		reader.read(Samples.path(Samples.REGARDS_CITOYENS_JSON), publications::add);

		Publication andra = publications.get(0);
		assertThat(andra.identifiantNational()).isEqualTo("390199669");
		assertThat(andra.identifierType()).isEqualTo(IdentifierType.SIREN);
		assertThat(andra.datePremierePublication()).isEqualTo(LocalDateTime.of(2017, 12, 12, 16, 33, 22));
		assertThat(andra.secteursActivites()).extracting(ElementListe::code).contains("ENERGIE");
		Exercice first = andra.exercices().get(0);
		assertThat(first.exerciceId()).isEqualTo(1596L);
		assertThat(first.dateDebut()).isEqualTo(LocalDate.of(2017, 7, 1));
		assertThat(first.dateFin()).isEqualTo(LocalDate.of(2017, 12, 31));
		assertThat(first.expenseBracket()).contains(new AmountBracket(25_000, 50_000L));
		assertThat(first.turnoverBracket()).contains(new AmountBracket(1_000_000, null));
		Activite activite = first.activites().get(0);
		assertThat(activite.identifiantFiche()).isEqualTo("KQ36SLJV");
		assertThat(activite.publicationDate()).isEqualTo(LocalDateTime.of(2018, 4, 30, 20, 17, 15));
		assertThat(activite.actionsRepresentationInteret()).hasSize(1);
		// The one de-registered representative of the sample: Regards Citoyens left this date in HATVP's form.
		assertThat(publications).filteredOn(p -> p.dateCessation() != null).singleElement()
				.satisfies(p -> assertThat(p.dateCessation()).isEqualTo(LocalDateTime.of(2021, 3, 25, 0, 0)));
	}

	@Test
	void readsHatvpsOwnShapeWithWrappedYearsAndActivities() throws IOException {
		String json = """
				{"publications": [{
				  "denomination": "EXEMPLE", "identifiantNational": "H123456789", "typeIdentifiantNational": "HATVP",
				  "datePremierePublication": "29/08/2017 16:25:35",
				  "activites": {"listSecteursActivites": [{"code": "SANTE", "label": "Santé, sécurité sociale", "ordre": 25, "categorie": null}],
				                "listNiveauIntervention": []},
				  "exercices": [{"publicationCourante": {
				    "exerciceId": 12, "dateDebut": "01-07-2017", "dateFin": "30-06-2018",
				    "publicationDate": "30/09/2018 10:00:00", "montantDepense": "< 10 000 euros", "nombreSalaries": 2,
				    "activites": [{"publicationCourante": {"identifiantFiche": "ABCDEFGH", "objet": "Objet",
				      "domainesIntervention": ["Santé"], "publicationDate": "30/09/2018 10:00:00",
				      "actionsRepresentationInteret": [{"reponsablesPublics": ["Collaborateur du Président de la République"],
				        "decisionsConcernees": ["Lois, y compris constitutionnelles"], "actionsMenees": [], "tiers": ["EXEMPLE (en propre)"]}]}}]
				  }}]
				}]}
				""";
		List<Publication> publications = new ArrayList<>();
		RegisterReadReport report = reader.read(stream(json), "exemple.json", publications::add);

		assertThat(report.shape()).isEqualTo(Shape.HATVP_JSON);
		assertThat(report.skippedKeys()).isEmpty();
		Exercice exercice = publications.get(0).exercices().get(0);
		assertThat(exercice.dateDebut()).isEqualTo(LocalDate.of(2017, 7, 1));
		assertThat(exercice.dateFin()).isEqualTo(LocalDate.of(2018, 6, 30));
		assertThat(exercice.nombreSalaries()).isEqualTo(2);
		assertThat(exercice.expenseBracket()).contains(new AmountBracket(0, 10_000L));
		ActionRepresentationInteret action = exercice.activites().get(0).actionsRepresentationInteret().get(0);
		assertThat(action.reponsablesPublics()).containsExactly("Collaborateur du Président de la République");
		assertThat(action.tiers()).containsExactly("EXEMPLE (en propre)");
	}

	@Test
	void anUnreadableDateSaysWhere() {
		String json = """
				{"publications": [
				  {"denomination": "A", "exercices": []},
				  {"denomination": "B", "exercices": [{"publicationCourante": {"exerciceId": 1, "dateDebut": "01-01-2019"}},
				     {"publicationCourante": {"exerciceId": 2, "dateDebut": "31-02-2019"}}]}
				]}
				""";
		assertThatThrownBy(() -> reader.read(stream(json), "cassé.json", p -> {
		})).isInstanceOf(HatvpFormatException.class)
				.hasMessage("cassé.json, enregistrement 2, ligne 4, colonne 61, champ exercices[2].publicationCourante.dateDebut : "
						+ "date illisible « 31-02-2019 » (attendu jj-mm-aaaa, aaaa-mm-jj ou jj/mm/aaaa)");
	}

	@Test
	void aTextWhereACountIsExpectedSaysWhere() {
		String json = """
				[{"denomination": "A", "exercices": [{"exerciceId": 1, "nombreSalaries": "deux"}]}]
				""";
		assertThatThrownBy(() -> reader.read(stream(json), "rc.json", p -> {
		})).isInstanceOfSatisfying(HatvpFormatException.class, e -> {
			assertThat(e.record()).isEqualTo(1);
			assertThat(e.line()).isEqualTo(1);
			assertThat(e.field()).isEqualTo("exercices[1].nombreSalaries");
			assertThat(e.reason()).isEqualTo("un nombre entier est attendu, trouvé le texte « deux »");
		});
	}

	@Test
	void anObjectWhereATextIsExpectedSaysWhere() {
		String json = """
				{"publications": [{"denomination": {"nom": "A"}}]}
				""";
		assertThatThrownBy(() -> reader.read(stream(json), "objet.json", p -> {
		})).hasMessage("objet.json, enregistrement 1, ligne 1, colonne 36, champ denomination : "
				+ "un texte est attendu, trouvé un objet");
	}

	@Test
	void aTruncatedFileSaysWhereAfterDeliveringWhatCameBefore() {
		String json = """
				{"publications": [
				  {"denomination": "A"},
				  {"denomination": "B", "exercices": [{"exerciceId": 3
				""";
		List<Publication> delivered = new ArrayList<>();
		assertThatThrownBy(() -> reader.read(stream(json), "coupé.json", delivered::add))
				.isInstanceOfSatisfying(HatvpFormatException.class, e -> {
					assertThat(e.record()).isEqualTo(2);
					assertThat(e.line()).isEqualTo(4);
					assertThat(e.reason()).startsWith("JSON illisible (");
				});
		assertThat(delivered).extracting(Publication::denomination).containsExactly("A");
	}

	@Test
	void aDocumentWithoutPublicationsIsRefused() {
		assertThatThrownBy(() -> reader.read(stream("{\"marches\": []}"), "autre.json", p -> {
		})).hasMessage("autre.json, ligne 1, colonne 15 : aucune liste « publications » dans l'objet racine");
		assertThatThrownBy(() -> reader.read(stream("\"texte\""), "texte.json", p -> {
		})).hasMessage("texte.json, ligne 1, colonne 1 : "
				+ "le document n'est ni un objet {\"publications\": [...]} ni une liste de publications");
	}

	@Test
	void whatTheConsumerThrowsReachesTheCallerUnchanged() {
		IllegalStateException failure = new IllegalStateException("base indisponible");
		assertThatThrownBy(() -> reader.read(Samples.path(Samples.REGARDS_CITOYENS_JSON), p -> {
			throw failure;
		})).isSameAs(failure);
	}

	private static ByteArrayInputStream stream(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
	}
}
