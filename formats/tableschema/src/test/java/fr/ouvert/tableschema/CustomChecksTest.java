package fr.ouvert.tableschema;

import static fr.ouvert.tableschema.Fixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each Validata custom check: its code, row, field and note, and that empty cells and absent columns are skipped. */
class CustomChecksTest {

	private static TableSchema schema(String fields, String checks) {
		return Fixtures.inlineSchema("{\"fields\": [" + fields + "], \"custom_checks\": [" + checks + "]}");
	}

	@Test
	void theDeliberationsSchemaChecksVotesYearsAndActs() {
		TableSchema schema = Fixtures.schema("scdl-deliberations/schema.json");
		String header = "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,"
				+ "BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,"
				+ "VOTE_ABSTENTION,DELIB_URL\n";
		String valid = "Ville de Paris,21750001600019,D1,2024-01-15,1.1,Commande publique/Marchés,Objet,2024,"
				+ "Budget primitif,P1,2024-01-20,30,25,20,3,2,\n";
		String broken = "Ville de Paris,21750001600010,D2,2024-01-15,1.1,Commande publique / Marchés,Objet,"
				+ "2024/2023,,P2,2024-01-10,30,31,20,3,2,\n";

		ValidationReport report = Fixtures.validate(schema, header + valid + broken);

		assertThat(codes(report)).containsExactlyInAnyOrder(
				"french-siret-value@2:COLL_SIRET",
				"year-interval-value@2:BUDGET_ANNEE",
				"cohesive-columns-value@2:BUDGET_ANNEE",
				"compare-columns-value@2:PREF_DATE", // 2024-01-10 < DELIB_DATE
				"compare-columns-value@2:VOTE_EFFECTIF", // 30 < 31
				"sum-columns-value@2:VOTE_REEL", // 20 + 3 + 2 != 31
				"nomenclature-actes-value@2:DELIB_MATIERE_NOM");
		assertThat(SubventionsExamplesTest.find(report, "year-interval-value", 2, "BUDGET_ANNEE").note())
				.isEqualTo("la deuxième année (2024) doit être postérieure à la première (2023)");
		assertThat(SubventionsExamplesTest.find(report, "compare-columns-value", 2, "PREF_DATE").note())
				.isEqualTo("La valeur de la colonne PREF_DATE `2024-01-10` devrait être supérieure ou égale à la"
						+ " valeur de la colonne DELIB_DATE `2024-01-15`.");
		assertThat(SubventionsExamplesTest.find(report, "sum-columns-value", 2, "VOTE_REEL").note())
				.isEqualTo("la somme des valeurs des colonnes 'VOTE_POUR (20), VOTE_CONTRE (3), VOTE_ABSTENTION (2)'"
						+ " est `25`, ce nombre est différent de celui trouvé dans la colonne 'VOTE_REEL' (`31`)");
		assertThat(SubventionsExamplesTest.find(report, "nomenclature-actes-value", 2, "DELIB_MATIERE_NOM").note())
				.isEqualTo("Le signe oblique ne doit pas être précédé ni suivi d'espace");
	}

	@Test
	void yearIntervalsAndActsNomenclature() {
		TableSchema schema = schema("{\"name\": \"periode\"}, {\"name\": \"matiere\"}",
				"{\"name\": \"year-interval-value\", \"params\": {\"column\": \"periode\"}},"
						+ "{\"name\": \"nomenclature-actes-value\", \"params\": {\"column\": \"matiere\"}}");

		ValidationReport report = Fixtures.validate(schema, "periode,matiere\n2017/2018,FINANCES LOCALES/Subventions\n"
				+ "2017,Finances locales\n2017/2017,Sport/Football\n,\n");

		assertThat(codes(report)).containsExactly("year-interval-value@2:periode",
				"nomenclature-actes-value@2:matiere", "year-interval-value@3:periode",
				"nomenclature-actes-value@3:matiere", "blank-row@4:null");
		assertThat(report.errors()).extracting(ValidationError::note).containsExactly("format attendu: AAAA/AAAA",
				"le signe oblique « / » est manquant", "les deux années doivent être différentes",
				"le préfixe de nomenclature Actes 'Sport' n'est pas reconnu", null);
	}

	@Test
	void phoneNumbers() {
		TableSchema schema = schema("{\"name\": \"tel\"}",
				"{\"name\": \"phone-number-value\", \"params\": {\"column\": \"tel\"}}");

		ValidationReport report = Fixtures.validate(schema, "tel\n01 99 00 27 37\n+33 1 99 00 27 37\n"
				+ "+33 (0)1 99 00 27 37\n0033199002737\n115\n3949\n+1 650 253 0000\n\n01 99 00 27\n"
				+ "+0 199 00 27 37\nappelez-nous\n+33 1 99 00 27 37 00\n");

		assertThat(codes(report)).containsExactly("blank-row@8:null", "phone-number-value@9:tel",
				"phone-number-value@10:tel", "phone-number-value@11:tel", "phone-number-value@12:tel");
	}

	@Test
	void frenchGpsCoordinatesAndReversedOnes() {
		TableSchema schema = schema("{\"name\": \"xy\", \"type\": \"geopoint\", \"format\": \"array\"}",
				"{\"name\": \"french-gps-coordinates\", \"params\": {\"column\": \"xy\"}}");

		ValidationReport report = Fixtures.validate(schema, "xy\n\"[2.35,48.85]\"\n\"[55.45,-20.88]\"\n"
				+ "\"[48.85,2.35]\"\n\"[-73.98,40.75]\"\n");

		assertThat(codes(report)).containsExactly("reversed-french-gps-coordinates@3:xy",
				"french-gps-coordinates@4:xy");
	}

	@Test
	void sirenAndOpeningHours() {
		TableSchema schema = schema("{\"name\": \"siren\"}, {\"name\": \"horaires\"}",
				"{\"name\": \"french-siren-value\", \"params\": {\"column\": \"siren\"}},"
						+ "{\"name\": \"opening-hours-value\", \"params\": {\"column\": \"horaires\"}}");

		ValidationReport report = Fixtures.validate(schema, "siren,horaires\n732829320,Mo-Fr 08:00-18:00\n"
				+ "732829321,lundi au vendredi\n");

		assertThat(codes(report)).containsExactly("french-siren-value@2:siren", "opening-hours-value@2:horaires");
		assertThat(report.errors().get(0).message()).isEqualTo(
				"La valeur 732829321 n'est pas un numéro SIREN français valide.");
	}

	@Test
	void cohesiveColumnsAndUnknownOrMisconfiguredChecks() {
		TableSchema schema = schema("{\"name\": \"a\"}, {\"name\": \"b\"}, {\"name\": \"c\"}",
				"{\"name\": \"cohesive-columns-value\", \"params\": {\"column\": \"a\", \"othercolumns\": [\"b\", \"c\"]}},"
						+ "{\"name\": \"compare-columns-value\", \"params\": {\"column\": \"a\", \"column2\": \"z\", \"op\": \">\"}},"
						+ "{\"name\": \"sum-columns-value\", \"params\": {\"column\": \"y\", \"columns\": [\"w\", \"x\"]}},"
						+ "{\"name\": \"is-it-friday\", \"params\": {}}");

		ValidationReport report = Fixtures.validate(schema, "a,b,c\n1,2,3\n1,,3\n,,\n");

		assertThat(codes(report)).containsExactly("check-error@null:null", "check-error@null:null",
				"cohesive-columns-value@2:a", "blank-row@3:null");
		// the sum check is inactive: the file has none of its columns
		assertThat(report.errors()).extracting(ValidationError::note).startsWith(
				"'compare-columns-value': La colonne z n'est pas trouvée.", "'is-it-friday': custom check inconnu.");
	}

	@Test
	void singleColumnChecksSkipEmptyCellsAndAbsentColumns() {
		TableSchema schema = schema("{\"name\": \"siret\"}, {\"name\": \"autre\"}",
				"{\"name\": \"french-siret-value\", \"params\": {\"column\": \"siret\"}}");

		assertThat(Fixtures.validate(schema, "siret,autre\n,x\n").errors()).isEmpty();
		assertThat(Fixtures.validate(schema, "autre\nx\n").errors()).isEmpty();
	}
}
