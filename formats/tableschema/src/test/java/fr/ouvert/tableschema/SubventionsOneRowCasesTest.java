package fr.ouvert.tableschema;

import static fr.ouvert.tableschema.Fixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Our own one-row files with the facts of Validata's functional tests of {@code one-of-required} on the
 * subventions schema (their files are GPL and not copied): which of idBeneficiaire / rnaBeneficiaire is filled,
 * absent or wrong. Like those files, these omit the optional dispositifAide column.
 */
class SubventionsOneRowCasesTest {

	private static final String HEADER = "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
			+ "idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,"
			+ "notificationUE,pourcentageSubvention\n";

	private final TableSchema schema = Fixtures.schema("scdl-subventions/schema.json");

	private static String row(String idBeneficiaire, String rnaBeneficiaire) {
		return "ANTIBES,21060004500392,2015-07-07,CONV 2074-15,CEA DU PERSONNEL," + idBeneficiaire + ","
				+ rnaBeneficiaire + ",Fonctionnement,99786.57,aide en numéraire,échelonné,2017-03-30/2017-05-24,,non,0.05\n";
	}

	@Test
	void aSiretOrAnRnaNumberOrBothAreValid() {
		assertThat(Fixtures.validate(schema, HEADER + row("52499120500013", "")).errors()).isEmpty();
		assertThat(Fixtures.validate(schema, HEADER + row("", "W333216789")).errors()).isEmpty();
		assertThat(Fixtures.validate(schema, HEADER + row("52499120500013", "W333216789")).errors()).isEmpty();
	}

	@Test
	void neitherSiretNorRnaIsOneOfRequired() {
		ValidationReport report = Fixtures.validate(schema, HEADER + row("", ""));

		assertThat(codes(report)).containsExactly("one-of-required@1:null");
		assertThat(report.errors().get(0).note()).isEqualTo(
				"Au moins l'une des colonnes 'idBeneficiaire' ou 'rnaBeneficiaire' doit comporter une valeur.");
	}

	@Test
	void oneColumnAbsentAndTheOtherEmptyIsOneOfRequired() {
		String header = HEADER.replace("rnaBeneficiaire,", "");
		String row = row("", "").replace(",,Fonctionnement", ",Fonctionnement");

		ValidationReport report = Fixtures.validate(schema, header + row);

		assertThat(codes(report)).containsExactly("one-of-required@1:null");
		assertThat(report.warnings()).extracting(ValidationError::field).contains("rnaBeneficiaire");
	}

	@Test
	void bothColumnsAbsentIsOneTableError() {
		String header = HEADER.replace("idBeneficiaire,rnaBeneficiaire,", "");
		String row = row("", "").replace(",,,Fonctionnement", ",Fonctionnement");

		ValidationReport report = Fixtures.validate(schema, header + row);

		assertThat(codes(report)).containsExactly("one-of-required@null:null");
		assertThat(report.errors().get(0).note()).isEqualTo(
				"Les deux colonnes 'idBeneficiaire' et 'rnaBeneficiaire' sont manquantes.");
	}

	@Test
	void anRnaNumberWithoutItsWIsAConstraintError() {
		ValidationReport report = Fixtures.validate(schema, HEADER + row("", "12233"));

		assertThat(codes(report)).containsExactly("constraint-error@1:rnaBeneficiaire");
		assertThat(report.errors().get(0).title()).isEqualTo("Format incorrect");
	}

	@Test
	void anElevenDigitSiretIsAFrenchSiretError() {
		ValidationReport report = Fixtures.validate(schema, HEADER + row("52499120500", ""));

		assertThat(codes(report)).containsExactly("french-siret-value@1:idBeneficiaire");
		assertThat(report.errors().get(0).cell()).isEqualTo("52499120500");
	}
}
