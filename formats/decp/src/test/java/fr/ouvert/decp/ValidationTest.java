package fr.ouvert.decp;

import static fr.ouvert.decp.DirtyVariantsTest.codes;
import static fr.ouvert.decp.DirtyVariantsTest.issue;
import static fr.ouvert.decp.DirtyVariantsTest.one2019;
import static fr.ouvert.decp.DirtyVariantsTest.one2022;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The schema and business rules, one by one, and the rule table of the README. */
class ValidationTest {

	@Test
	void buyerSiretMustPassLuhnExceptLaPosteWhoseDigitsAddUpToAMultipleOfFive() throws IOException {
		DecpRecord invalid = one2019("\"acheteur\": {\"id\": \"21350238800018\", \"nom\": \"Rennes\"}");
		assertThat(issue(invalid, "invalid-buyer-siret").field()).isEqualTo("acheteur.id");
		assertThat(invalid.status()).isEqualTo(DecpRecord.Status.ACCEPTED);
		assertThat(codes(one2019("\"acheteur\": {\"id\": \"35600000000010\", \"nom\": \"La Poste\"}"))).isEmpty();
		DecpRecord notSiret = one2019("\"acheteur\": {\"id\": \"2135023880\", \"nom\": \"Rennes\"}");
		assertThat(codes(notSiret)).containsExactly("buyer-id-pattern");
	}

	@Test
	void holdersSiretsAreChecked() throws IOException {
		DecpRecord record = one2019("""
				"titulaires": [{"typeIdentifiant": "SIRET", "id": "81223113200027", "denominationSociale": "A"},
				               {"typeIdentifiant": "SIRET", "id": "8122311320", "denominationSociale": "B"}]""");
		assertThat(record.issues()).extracting(Issue::code, Issue::field).containsExactly(
				org.assertj.core.groups.Tuple.tuple("invalid-titulaire-siret", "titulaires[1].id"),
				org.assertj.core.groups.Tuple.tuple("titulaire-siret-pattern", "titulaires[2].id"));
	}

	@Test
	void schemaRulesOfEachGenerationAreChecked() throws IOException {
		DecpRecord r2019 = one2019("\"id\": \"2019A\", \"codeCPV\": \"7731300\", \"dureeMois\": 0, \"montant\": -5, "
				+ "\"formePrix\": \"Forfaitaire\"");
		assertThat(r2019.issues()).extracting(Issue::code, Issue::field).contains(
				org.assertj.core.groups.Tuple.tuple("string-length", "id"),
				org.assertj.core.groups.Tuple.tuple("cpv-pattern", "codeCPV"),
				org.assertj.core.groups.Tuple.tuple("out-of-range", "dureeMois"),
				org.assertj.core.groups.Tuple.tuple("out-of-range", "montant"),
				org.assertj.core.groups.Tuple.tuple("enum-value", "formePrix"));
		DecpRecord r2022 = one2022("\"nature\": \"Accord-cadre\", \"offresRecues\": 0, \"tauxAvance\": 1.5, "
				+ "\"techniques\": {\"technique\": []}, \"montant\": 0.5");
		assertThat(r2022.issues()).extracting(Issue::code, Issue::field).contains(
				org.assertj.core.groups.Tuple.tuple("enum-value", "nature"),
				org.assertj.core.groups.Tuple.tuple("out-of-range", "offresRecues"),
				org.assertj.core.groups.Tuple.tuple("out-of-range", "tauxAvance"),
				org.assertj.core.groups.Tuple.tuple("missing-field", "techniques"),
				org.assertj.core.groups.Tuple.tuple("out-of-range", "montant"),
				org.assertj.core.groups.Tuple.tuple("implausible-amount", "montant"));
	}

	@Test
	void datesMustBeCoherentAndPast() throws IOException {
		DecpRecord record = one2019("\"dateNotification\": \"2019-08-20\", \"datePublicationDonnees\": \"2027-01-10\"");
		assertThat(record.issues()).extracting(Issue::code, Issue::field).containsExactly(
				org.assertj.core.groups.Tuple.tuple("future-date", "datePublicationDonnees"));
		DecpRecord early = one2019("\"dateNotification\": \"2019-08-20\", \"datePublicationDonnees\": \"2019-08-01\"");
		assertThat(issue(early, "publication-before-notification").message())
				.isEqualTo("Données publiées le 2019-08-01, avant la notification du 2019-08-20.");
	}

	@Test
	void implausibleAmountsAndLongDurationsAreWarnings() throws IOException {
		DecpRecord record = one2019("\"montant\": 4000000000, \"dureeMois\": 240");
		assertThat(codes(record)).containsExactly("implausible-amount", "long-duration");
		assertThat(record.status()).isEqualTo(DecpRecord.Status.ACCEPTED);
	}

	@Test
	void modificationIdsMustIncrease() throws IOException {
		DecpRecord record = one2022("""
				"modifications": [
				  {"modification": {"id": 2, "dateNotificationModification": "2024-06-01",
				    "datePublicationDonneesModification": "2024-06-02", "montant": 600000}},
				  {"modification": {"id": 1, "dateNotificationModification": "2024-07-01",
				    "datePublicationDonneesModification": "2024-07-02", "dureeMois": 18}}]""");
		assertThat(issue(record, "modification-id-order").field()).isEqualTo("modifications[2].id");
		assertThat(record.contract().current().montant()).isEqualByComparingTo("600000");
		assertThat(record.contract().current().dureeMois()).isEqualTo(18);
	}

	@Test
	void everyRuleIsDocumentedInTheReadme() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		assertThat(Arrays.stream(Rule.values()).map(rule -> "`" + rule.code() + "`"))
				.allSatisfy(code -> assertThat(readme).contains(code));
	}
}
