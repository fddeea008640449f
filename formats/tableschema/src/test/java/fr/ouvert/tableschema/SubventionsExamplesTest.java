package fr.ouvert.tableschema;

import static fr.ouvert.tableschema.Fixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SCDL subventions 2.1.1 examples give the errors Validata gives (facts listed in the shared SOURCES.md). */
class SubventionsExamplesTest {

	private final TableSchema schema = Fixtures.schema("scdl-subventions/schema.json");

	@Test
	void theValidExamplePasses() {
		ValidationReport report = Fixtures.validateResource(schema, "scdl-subventions/exemple_valide.csv");

		assertThat(report.errors()).isEmpty();
		assertThat(report.valid()).isTrue();
		assertThat(report.warnings()).isEmpty();
		assertThat(report.rows()).isEqualTo(29);
		assertThat(report.fields()).isEqualTo(16);
	}

	@Test
	void theCellErrorsExampleGivesOneErrorPerBrokenCell() {
		ValidationReport report = Fixtures.validateResource(schema,
				"scdl-subventions/exemple_invalide_erreurs_cellules.csv");

		assertThat(report.valid()).isFalse();
		assertThat(codes(report)).contains(
				"constraint-error@1:pourcentageSubvention", // 100, maximum 1
				"constraint-error@2:pourcentageSubvention", // 80
				"type-error@4:dateConvention", // 05/12/2016
				"constraint-error@4:rnaBeneficiaire", // W3222
				"type-error@5:montant", // 100000,1
				"type-error@5:notificationUE", // no
				"french-siret-value@5:idBeneficiaire", // 32402138500000.0
				"constraint-error@6:idAttribuant", // 218601946, pattern ^\d{14}$
				"constraint-error@7:datesPeriodeVersement", // 2017-06-27_2018-06-27
				"type-error@7:notificationUE", // yes
				"type-error@8:pourcentageSubvention", // 0,5
				"one-of-required@8:null", // neither idBeneficiaire nor rnaBeneficiaire
				"constraint-error@9:montant", // empty, required
				"constraint-error@11:rnaBeneficiaire", // W12455
				"constraint-error@15:nature", // "aide en numéraire,aide en nature", enum
				"constraint-error@29:rnaBeneficiaire"); // W1234567
		assertThat(report.errorCountsByType()).containsEntry("type-error", 5L)
				.containsEntry("constraint-error", 10L)
				.containsEntry("one-of-required", 1L)
				.containsEntry("french-siret-value", 49L);
		// the attributing body's SIRET 21860194600000 fails Luhn on all 29 rows
		assertThat(report.errors()).filteredOn(e -> e.type().equals("french-siret-value")
				&& "idAttribuant".equals(e.field())).hasSize(29);
		assertThat(report.warnings()).extracting(ValidationError::type).containsExactly("missing-header-warn");
		assertThat(report.warnings().get(0).field()).isEqualTo("dispositifAide");
	}

	@Test
	void errorsCarryValidatasFrenchMessages() {
		ValidationReport report = Fixtures.validateResource(schema,
				"scdl-subventions/exemple_invalide_erreurs_cellules.csv");

		ValidationError frenchDate = find(report, "type-error", 4, "dateConvention");
		assertThat(frenchDate.title()).isEqualTo("Format de date incorrect");
		assertThat(frenchDate.message()).isEqualTo("La forme attendue est '2016-12-05'.");
		assertThat(frenchDate.cell()).isEqualTo("05/12/2016");
		assertThat(frenchDate.rowPosition()).isEqualTo(5);
		assertThat(frenchDate.fieldNumber()).isEqualTo(3);

		ValidationError decimalComma = find(report, "type-error", 5, "montant");
		assertThat(decimalComma.message()).isEqualTo("Le séparateur décimal à utiliser est le point (« 100000.1 »).");

		ValidationError booleanValue = find(report, "type-error", 5, "notificationUE");
		assertThat(booleanValue.message()).isEqualTo("Les valeurs acceptées sont `oui` (vrai) et `non` (faux).");

		ValidationError maximum = find(report, "constraint-error", 1, "pourcentageSubvention");
		assertThat(maximum.title()).isEqualTo("Valeur trop grande");
		assertThat(maximum.message()).isEqualTo("La valeur attendue doit être au plus égale à 1.");

		ValidationError required = find(report, "constraint-error", 9, "montant");
		assertThat(required.title()).isEqualTo("Cellule vide");

		ValidationError siret = find(report, "french-siret-value", 5, "idBeneficiaire");
		assertThat(siret.message()).isEqualTo("La valeur 32402138500000.0 n'est pas un numéro SIRET français valide.");

		ValidationError oneOf = find(report, "one-of-required", 8, null);
		assertThat(oneOf.note()).isEqualTo(
				"Au moins l'une des colonnes 'idBeneficiaire' ou 'rnaBeneficiaire' doit comporter une valeur.");
	}

	@Test
	void theColumnErrorsExampleGivesAMissingRequiredHeaderAndWarnings() {
		ValidationReport report = Fixtures.validateResource(schema,
				"scdl-subventions/exemple_invalide_erreurs_colonnes.csv");

		assertThat(report.errors()).filteredOn(e -> e.row() == null).extracting(ValidationError::type,
				ValidationError::field).containsExactly(
						org.assertj.core.groups.Tuple.tuple("missing-required-header", "nomBeneficiaire"));
		assertThat(report.errors().get(0).message()).isEqualTo(
				"La colonne obligatoire `nomBeneficiaire` est manquante.");
		// Validata only warns about the order when the file has exactly the schema's columns, which it has not
		assertThat(report.warnings()).extracting(ValidationError::type, ValidationError::field).containsExactly(
				org.assertj.core.groups.Tuple.tuple("missing-header-warn", "dispositifAide"),
				org.assertj.core.groups.Tuple.tuple("extra-header-warn", "NOM_Beneficiaire"));
		// columns are matched by name: the swapped idAttribuant / nomAttribuant are still checked as such
		assertThat(codes(report)).contains("constraint-error@6:idAttribuant");
	}

	static ValidationError find(ValidationReport report, String type, long row, String field) {
		return report.errors().stream()
				.filter(e -> e.type().equals(type) && e.row() != null && e.row() == row
						&& java.util.Objects.equals(e.field(), field))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no " + type + " at row " + row + " field " + field
						+ " in " + codes(report)));
	}
}
