package fr.ouvert.participation.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import fr.ouvert.participation.consultation.ConsultationMaterial.Article;
import fr.ouvert.participation.consultation.ConsultationMaterial.Document;
import fr.ouvert.participation.consultation.ConsultationMaterial.Question;
import org.junit.jupiter.api.Test;

/** The agent's line formats: read, written back the same, and bad lines reported with their number. */
class MaterialFormatsTest {

	@Test
	void documentsRoundTrip() throws Exception {
		String text = "Rapport annuel | https://www.ccomptes.fr/rapport | Le rapport 2019\nNote sans lien\nÉtude | https://exemple.fr";
		List<Document> documents = MaterialFormats.documents(text + "\n\n");
		assertThat(documents).containsExactly(
				new Document(1, "Rapport annuel", "https://www.ccomptes.fr/rapport", "Le rapport 2019"),
				new Document(2, "Note sans lien", null, ""), new Document(3, "Étude", "https://exemple.fr", ""));
		assertThat(MaterialFormats.documentsText(documents)).isEqualTo(text);
	}

	@Test
	void articlesAreSplitAtTheirHeadings() throws Exception {
		String text = "## Article 1\nLa Cour publie.\n\nChaque année.\n\n## Article 2\nLes suites sont suivies.";
		List<Article> articles = MaterialFormats.articles(text);
		assertThat(articles).extracting(Article::title).containsExactly("Article 1", "Article 2");
		assertThat(articles.get(0).body()).isEqualTo("La Cour publie.\n\nChaque année.");
		assertThat(MaterialFormats.articles(MaterialFormats.articlesText(articles))).isEqualTo(articles);
	}

	@Test
	void questionsOfEachKind() throws Exception {
		String text = "unique: Êtes-vous d’accord ? * | Oui ; Non\nmultiple: Quels sujets ? | Santé ; École ; Transports\n"
				+ "echelle 1-5: Votre confiance\ntexte: Autre chose ?";
		List<Question> questions = MaterialFormats.questions(text);
		assertThat(questions).extracting(Question::kind).containsExactly("single", "multiple", "scale", "text");
		assertThat(questions.get(0).required()).isTrue();
		assertThat(questions.get(0).label()).isEqualTo("Êtes-vous d’accord ?");
		assertThat(questions.get(2).scaleMin()).isEqualTo(1);
		assertThat(questions.get(2).scaleMax()).isEqualTo(5);
		assertThat(MaterialFormats.questions(MaterialFormats.questionsText(questions))).isEqualTo(questions);
	}

	@Test
	void badLinesSayWhere() {
		assertLine(() -> MaterialFormats.documents("Bon titre\n\nXY"), 3, "participation.error.documentTitle");
		assertLine(() -> MaterialFormats.documents("Titre | javascript:alert(1)"), 1, "participation.error.documentUrl");
		assertLine(() -> MaterialFormats.articles("Préambule\n## Article 1\nTexte"), 1, "participation.error.articleHeading");
		assertLine(() -> MaterialFormats.articles("## Article 1\nTexte\n## Article 2\n"), 3, "participation.error.articleBody");
		assertLine(() -> MaterialFormats.questions("unique: Un seul choix | Oui"), 1, "participation.error.questionOptions");
		assertLine(() -> MaterialFormats.questions("texte: Bien\nechele 1-5: Mal"), 2, "participation.error.questionKind");
		assertLine(() -> MaterialFormats.questions("echelle 5-1: À l’envers"), 1, "participation.error.questionScale");
		assertLine(() -> MaterialFormats.statements("Oui\nno"), 2, "participation.error.statementLength");
	}

	private static void assertLine(ThrowingSupplier call, int line, String key) {
		assertThatThrownBy(call::get).isInstanceOfSatisfying(MaterialFormats.LineError.class, e -> {
			assertThat(e.line()).isEqualTo(line);
			assertThat(e.messageKey()).isEqualTo(key);
		});
	}

	@FunctionalInterface
	interface ThrowingSupplier {
		Object get() throws Exception;
	}
}
