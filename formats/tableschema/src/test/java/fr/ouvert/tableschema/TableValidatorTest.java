package fr.ouvert.tableschema;

import static fr.ouvert.tableschema.Fixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Structure, types, formats and constraints, each with the code, row and field it must give. */
class TableValidatorTest {

	private static TableSchema schema(String fields) {
		return Fixtures.inlineSchema("{\"fields\": [" + fields + "]}");
	}

	private static ValidationReport validate(String fields, String csv) {
		return Fixtures.validate(schema(fields), csv);
	}

	@Test
	void anInvalidSchemaGivesSchemaErrorsAndTheFileIsNotRead() throws IOException {
		InputStream csv = new ByteArrayInputStream(Fixtures.utf8("a\n1\n"));

		ValidationReport report = TableValidator.validate(
				"{\"fields\": [{\"name\": \"a\", \"type\": \"integr\"}, {\"type\": \"string\"}]}", csv,
				ValidationOptions.defaults());

		assertThat(report.valid()).isFalse();
		assertThat(report.errors()).extracting(ValidationError::type).containsOnly("schema-error");
		assertThat(report.errors()).extracting(ValidationError::note).containsExactly(
				"fields[1] (\"a\"): unknown type \"integr\"",
				"fields[2]: \"name\" is required and must be a non-empty string");
		assertThat(report.rows()).isZero();
		assertThatThrownBy(() -> TableSchema.parse("{\"fields\": [{\"name\": \"a\", \"constraints\":"
				+ " {\"pattern\": \"(\"}}]}")).isInstanceOf(TableSchemaException.class)
				.hasMessageContaining("not a valid regular expression");
		assertThatThrownBy(() -> TableSchema.parse("not json")).isInstanceOf(TableSchemaException.class)
				.hasMessageContaining("not valid JSON");
	}

	@Test
	void headerLabelsBlankDuplicateMissingExtraAndDisordered() {
		String fields = "{\"name\": \"a\", \"constraints\": {\"required\": true}}, {\"name\": \"b\"}, {\"name\": \"c\"}";

		ValidationReport blankAndDuplicate = validate(fields, "a,,a,b,c\n1,2,3,4,5\n");
		assertThat(blankAndDuplicate.errors()).extracting(ValidationError::type, ValidationError::fieldNumber)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("blank-label", 2),
						org.assertj.core.groups.Tuple.tuple("duplicate-label", 3));

		ValidationReport missing = validate(fields, "b,x\n1,2\n");
		assertThat(codes(missing)).containsExactly("missing-required-header@null:a");
		assertThat(missing.warnings()).extracting(ValidationError::type, ValidationError::field).containsExactly(
				org.assertj.core.groups.Tuple.tuple("missing-header-warn", "c"),
				org.assertj.core.groups.Tuple.tuple("extra-header-warn", "x"));

		ValidationReport disordered = validate(fields, "c,a,b\n1,2,3\n");
		assertThat(disordered.valid()).isTrue();
		assertThat(disordered.warnings()).extracting(ValidationError::type).containsExactly("disordered-header-warn");
		assertThat(disordered.warnings().get(0).message()).isEqualTo(
				"Réordonnez les colonnes du fichier pour respecter le schéma : ['a', 'b', 'c'].");
	}

	@Test
	void columnsAreMatchedByNameAndOptionallyWithoutCase() {
		String fields = "{\"name\": \"Montant\", \"type\": \"integer\", \"constraints\": {\"required\": true}}";

		ValidationReport caseSensitive = validate(fields, "montant\nabc\n");
		assertThat(codes(caseSensitive)).containsExactly("missing-required-header@null:Montant");

		ValidationReport ignoringCase = Fixtures.validate(schema(fields), "montant\nabc\n",
				ValidationOptions.defaults().withIgnoreHeaderCase(true));
		assertThat(codes(ignoringCase)).containsExactly("type-error@1:Montant");
	}

	@Test
	void blankRowsExtraAndMissingCells() {
		ValidationReport report = validate("{\"name\": \"a\"}, {\"name\": \"b\"}", "a,b\n1,2\n,\n3\n4,5,6\n\n");

		assertThat(codes(report)).containsExactly("blank-row@2:null", "missing-cell@3:b", "extra-cell@4:null",
				"blank-row@5:null");
		assertThat(report.errors().get(2).fieldNumber()).isEqualTo(3);
		assertThat(report.errors().get(2).cell()).isEqualTo("6");
		assertThat(report.errors().get(1).rowPosition()).isEqualTo(4);
		assertThat(report.rows()).isEqualTo(5);
	}

	@Test
	void theDelimiterIsDetectedAndQuotesFollowRfc4180() {
		String fields = "{\"name\": \"nom\"}, {\"name\": \"note\", \"constraints\": {\"maxLength\": 14}}";

		ValidationReport semicolon = validate(fields, "nom;note\r\n\"Dupont; Jean\";\"il a dit \"\"oui\"\"\"\r\n");
		assertThat(semicolon.errors()).isEmpty();
		assertThat(semicolon.rows()).isEqualTo(1);

		ValidationReport multiline = validate(fields, "nom\tnote\n\"a\nb\"\tcourt\nc\tbeaucoup trop long\n");
		assertThat(codes(multiline)).containsExactly("constraint-error@2:note");
		assertThat(multiline.errors().get(0).message()).isEqualTo(
				"Le texte attendu ne doit pas comporter plus de 14 caractère(s) (au lieu de 18 actuellement).");

		ValidationReport pipe = validate(fields, "nom|note\nx|y\n");
		assertThat(pipe.fields()).isEqualTo(2);
		assertThat(pipe.valid()).isTrue();
	}

	@Test
	void utf8WithBomIsReadAndInvalidUtf8IsAnEncodingError() throws IOException {
		TableSchema schema = schema("{\"name\": \"commune\", \"constraints\": {\"enum\": [\"Orléans\"]}}");
		byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
		byte[] body = Fixtures.utf8("commune\nOrléans\n");
		byte[] withBom = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, withBom, 0, bom.length);
		System.arraycopy(body, 0, withBom, bom.length, body.length);

		assertThat(TableValidator.validate(schema, new ByteArrayInputStream(withBom), ValidationOptions.defaults())
				.valid()).isTrue();

		byte[] latin1 = "commune\nOrléans\n".getBytes(StandardCharsets.ISO_8859_1);
		ValidationReport report = TableValidator.validate(schema, new ByteArrayInputStream(latin1),
				ValidationOptions.defaults());
		assertThat(report.errors()).extracting(ValidationError::type).containsExactly("encoding-error");
		assertThat(report.errors().get(0).message()).contains("UTF-8");
	}

	@Test
	void numbersWithDecimalAndGroupCharactersAndBareNumbers() {
		String fields = "{\"name\": \"n\", \"type\": \"number\", \"decimalChar\": \",\", \"groupChar\": \" \","
				+ " \"bareNumber\": false, \"constraints\": {\"minimum\": 0}}";

		ValidationReport report = validate(fields, "n\n\"1 234,5\"\n12 €\n-3\n1.5\nabc\n");

		// like frictionless, the decimal character is replaced by a point, so "1.5" stays a number
		assertThat(codes(report)).containsExactly("constraint-error@3:n", "type-error@5:n");
		assertThat(report.errors().get(0).title()).isEqualTo("Valeur trop petite");
	}

	@Test
	void integersBooleansYearsAndDurations() {
		String fields = "{\"name\": \"i\", \"type\": \"integer\", \"constraints\": {\"maximum\": 100}},"
				+ "{\"name\": \"b\", \"type\": \"boolean\"}, {\"name\": \"y\", \"type\": \"year\"},"
				+ "{\"name\": \"ym\", \"type\": \"yearmonth\"}, {\"name\": \"d\", \"type\": \"duration\"}";

		ValidationReport report = validate(fields, "i,b,y,ym,d\n42,true,2024,2024-03,P1Y2M10DT2H30M\n"
				+ "1.5,oui,24,2024-13,1 jour\n101,0,2024,2024-12,PT\n");

		assertThat(codes(report)).containsExactly("type-error@2:i", "type-error@2:b", "type-error@2:y",
				"type-error@2:ym", "type-error@2:d", "constraint-error@3:i", "type-error@3:d");
		assertThat(report.errors().get(1).message()).isEqualTo(
				"Les valeurs acceptées sont `true`, `True`, `TRUE` et `1` (vrai) et `false`, `False`, `FALSE` et `0` (faux).");
		assertThat(report.errors().get(2).message()).isEqualTo("L'année doit être composée de 4 chiffres.");
	}

	@Test
	void datesTimesAndDatetimesInIsoAnyAndPatternFormats() {
		String fields = "{\"name\": \"iso\", \"type\": \"date\"}, {\"name\": \"fr\", \"type\": \"date\", \"format\": \"%d/%m/%Y\"},"
				+ "{\"name\": \"any\", \"type\": \"date\", \"format\": \"any\"}, {\"name\": \"t\", \"type\": \"time\"},"
				+ "{\"name\": \"dt\", \"type\": \"datetime\"},"
				+ "{\"name\": \"dtp\", \"type\": \"datetime\", \"format\": \"%Y-%m-%d %H:%M\"}";

		ValidationReport report = validate(fields, "iso,fr,any,t,dt,dtp\n"
				+ "2024-02-29,29/02/2024,1 March 2024,23:59:59,2024-05-11T14:08:32Z,2024-05-11 14:08\n"
				+ "2023-02-29,2024-02-28,demain,24:00:00,2024-05-11T14:08,11/05/2024 14:08\n"
				+ "2024-06-01T10:00:00,5/3/2024,2024-03-05,08:30:00,2024-05-11T14:08:32.5+02:00,2024-05-11 9:05\n");

		assertThat(codes(report)).containsExactly("type-error@2:iso", "type-error@2:fr", "type-error@2:any",
				"type-error@2:t", "type-error@2:dt", "type-error@2:dtp", "type-error@3:iso");
		assertThat(report.errors().get(6).message()).isEqualTo("La forme attendue est '2024-06-01'.");
		assertThat(report.errors().get(1).message()).isEqualTo("La date doit être écrite selon le format `%d/%m/%Y`.");
	}

	@Test
	void stringFormats() {
		String fields = "{\"name\": \"email\", \"format\": \"email\"}, {\"name\": \"uri\", \"format\": \"uri\"},"
				+ "{\"name\": \"uuid\", \"format\": \"uuid\"}, {\"name\": \"bin\", \"format\": \"binary\"}";

		ValidationReport report = validate(fields, "email,uri,uuid,bin\n"
				+ "a@b.fr,https://www.data.gouv.fr/fr/,123e4567-e89b-12d3-a456-426614174000,SGVsbG8=\n"
				+ "a.b.fr,www.data.gouv.fr,123e4567,S?==\n");

		assertThat(codes(report)).containsExactly("type-error@2:email", "type-error@2:uri", "type-error@2:uuid",
				"type-error@2:bin");
		assertThat(report.errors()).extracting(ValidationError::message).containsExactly(
				"La valeur doit être une adresse email.",
				"La valeur doit être une adresse de site ou de page internet (URL).",
				"La valeur doit être un UUID.", "La valeur doit être une chaîne encodée en base64.");
	}

	@Test
	void geopointsGeojsonArraysAndObjects() {
		String fields = "{\"name\": \"p\", \"type\": \"geopoint\"}, {\"name\": \"pa\", \"type\": \"geopoint\", \"format\": \"array\"},"
				+ "{\"name\": \"po\", \"type\": \"geopoint\", \"format\": \"object\"}, {\"name\": \"g\", \"type\": \"geojson\"},"
				+ "{\"name\": \"arr\", \"type\": \"array\", \"constraints\": {\"maxLength\": 2}}, {\"name\": \"obj\", \"type\": \"object\"},"
				+ "{\"name\": \"any\", \"type\": \"any\"}";

		ValidationReport report = validate(fields, "p;pa;po;g;arr;obj;any\n"
				+ "2.35, 48.85;[2.35,48.85];{\"lon\": 2.35, \"lat\": 48.85};{\"type\": \"Point\", \"coordinates\": [2.35, 48.85]};[1,2];{\"a\": 1};x\n"
				+ "200,48;[2.35];{\"lon\": 2.35};{\"type\": \"Cercle\"};[1,2,3];[1];\n");

		assertThat(codes(report)).containsExactly("type-error@2:p", "type-error@2:pa", "type-error@2:po",
				"type-error@2:g", "constraint-error@2:arr", "type-error@2:obj");
	}

	@Test
	void arrayItemsAreCheckedAgainstTheirConstraints() {
		String fields = "{\"name\": \"regimes\", \"type\": \"array\", \"arrayItem\": {\"type\": \"string\","
				+ " \"constraints\": {\"enum\": [\"végétarien\", \"sans sel\"]}}}";

		ValidationReport report = validate(fields, "regimes\n\"[\"\"végétarien\"\",\"\"sans sel\"\"]\"\n"
				+ "\"[\"\"végétalien\"\"]\"\n");

		assertThat(codes(report)).containsExactly("constraint-error@2:regimes");
		assertThat(report.errors().get(0).note()).startsWith("array item constraint \"enum\"");
	}

	@Test
	void requiredPatternEnumAndLengthConstraintsWithValidatasMessages() {
		String fields = "{\"name\": \"insee\", \"description\": \"Code INSEE de la commune\", \"example\": \"35238\","
				+ " \"constraints\": {\"required\": true, \"pattern\": \"[0-9]{5}\", \"minLength\": 5}},"
				+ "{\"name\": \"sexe\", \"constraints\": {\"enum\": [\"M\"]}}";

		ValidationReport report = validate(fields, "insee,sexe\n,M\n352380,F\n");

		assertThat(codes(report)).containsExactly("constraint-error@1:insee", "constraint-error@2:insee",
				"constraint-error@2:sexe");
		assertThat(report.errors()).extracting(ValidationError::message).containsExactly(
				"Une valeur doit être renseignée.",
				"Code INSEE de la commune\n\n## Exemple(s) valide(s)\n35238\n",
				"L'unique valeur autorisée est : M.");
	}

	@Test
	void customMissingValuesAreNotChecked() {
		TableSchema schema = Fixtures.inlineSchema("{\"missingValues\": [\"\", \"NA\"], \"fields\": ["
				+ "{\"name\": \"n\", \"type\": \"number\", \"constraints\": {\"required\": true}}, {\"name\": \"m\"}]}");

		ValidationReport report = Fixtures.validate(schema, "n,m\nNA,x\n3,y\nNA,\n");

		// a row whose cells are all missing values is a blank row
		assertThat(codes(report)).containsExactly("constraint-error@1:n", "blank-row@3:null");
	}

	@Test
	void uniqueAndPrimaryKeyCompareTypedValues() {
		TableSchema schema = Fixtures.inlineSchema("{\"primaryKey\": [\"commune\", \"annee\"], \"fields\": ["
				+ "{\"name\": \"commune\"}, {\"name\": \"annee\", \"type\": \"integer\"},"
				+ "{\"name\": \"taux\", \"type\": \"number\", \"constraints\": {\"unique\": true}}]}");

		ValidationReport report = Fixtures.validate(schema, "commune,annee,taux\nA,2020,1.5\nA,2021,1.50\n"
				+ "B,2020,2\nA,+2020,3\n");

		assertThat(codes(report)).containsExactly("unique-error@2:taux", "primary-key@4:null");
		assertThat(report.errors().get(0).note()).isEqualTo("la même valeur est à la ligne 1");
		assertThat(report.errors().get(1).message()).contains("ligne 1");
	}

	@Test
	void theErrorListIsCappedButTheCountsAreComplete() {
		StringBuilder csv = new StringBuilder("n\n");
		for (int i = 0; i < 5000; i++) {
			csv.append("x").append(i).append('\n');
		}

		ValidationReport report = Fixtures.validate(schema("{\"name\": \"n\", \"type\": \"integer\"}"),
				csv.toString(), ValidationOptions.defaults().withMaxErrors(10));

		assertThat(report.errors()).hasSize(10);
		assertThat(report.errorCount()).isEqualTo(5000);
		assertThat(report.truncated()).isTrue();
		assertThat(report.toJson()).contains("\"errors\" : 5000").contains("\"errors_reported\" : 10");
	}

	@Test
	void theJsonReportHasValidatasShape() throws Exception {
		ValidationReport report = validate("{\"name\": \"n\", \"type\": \"integer\"}", "n\nabc\n");

		var json = TableSchema.JSON.readTree(report.toJson());

		assertThat(json.get("valid").asBoolean()).isFalse();
		assertThat(json.get("stats").propertyNames()).contains("errors", "warnings", "seconds", "fields", "rows",
				"rows_processed");
		var error = json.get("errors").get(0);
		assertThat(error.get("type").asString()).isEqualTo("type-error");
		assertThat(error.get("row").asLong()).isEqualTo(1);
		assertThat(error.get("rowPosition").asLong()).isEqualTo(2);
		assertThat(error.get("field").asString()).isEqualTo("n");
		assertThat(error.get("cell").asString()).isEqualTo("abc");
		assertThat(error.get("title").asString()).isEqualTo("Format entier incorrect");
	}
}
