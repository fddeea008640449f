package fr.ouvert.decp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each dirty variant met in real DECP files, in a tiny inline document. */
class DirtyVariantsTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	/** A valid 2019 marché; {@code %s} is replaced by extra or overriding fields. */
	static String marche2019(String fields) {
		return """
				{"id": "2019AB1200", "_type": "Marché", "acheteur": {"id": "21350238800019", "nom": "Ville de Rennes"},
				 "nature": "Marché", "objet": "Entretien des jardins", "codeCPV": "77313000",
				 "procedure": "Procédure adaptée",
				 "lieuExecution": {"code": "35238", "typeCode": "Code commune", "nom": "Rennes"},
				 "dureeMois": 24, "dateNotification": "2019-08-13", "datePublicationDonnees": "2019-08-19",
				 "montant": 127000, "formePrix": "Ferme",
				 "titulaires": [{"typeIdentifiant": "SIRET", "id": "81223113200026", "denominationSociale": "Garami"}],
				 "modifications": [] %s}""".formatted(fields.isEmpty() ? "" : ", " + fields);
	}

	static String marche2022(String fields) {
		return """
				{"id": "2024-001", "acheteur": {"id": "21350238800019"}, "nature": "Marché", "objet": "Travaux",
				 "codeCPV": "45000000-7", "techniques": {"technique": ["Sans objet"]},
				 "modalitesExecution": {"modaliteExecution": ["Sans objet"]}, "marcheInnovant": false,
				 "ccag": "Travaux", "offresRecues": 3, "attributionAvance": false,
				 "typeGroupementOperateurs": "Pas de groupement", "sousTraitanceDeclaree": false,
				 "procedure": "Appel d'offres ouvert", "lieuExecution": {"code": "35000", "typeCode": "Code postal"},
				 "dureeMois": 12, "dateNotification": "2024-05-15", "datePublicationDonnees": "2024-05-25",
				 "montant": 575000, "typesPrix": {"typePrix": ["Définitif ferme"]}, "formePrix": "Forfaitaire",
				 "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "81223113200026"}}],
				 "considerationsSociales": {"considerationSociale": ["Pas de considération sociale"]},
				 "considerationsEnvironnementales": {"considerationEnvironnementale":
				   ["Pas de considération environnementale"]} %s}""".formatted(fields.isEmpty() ? "" : ", " + fields);
	}

	static List<DecpRecord> read(String document) throws IOException {
		return read(document.getBytes(StandardCharsets.UTF_8));
	}

	static List<DecpRecord> read(byte[] document) throws IOException {
		List<DecpRecord> records = new ArrayList<>();
		new DecpReader(TODAY).read(new ByteArrayInputStream(document), "test.json", records::add);
		return records;
	}

	static DecpRecord one2019(String fields) throws IOException {
		List<DecpRecord> records = read("{\"marches\": [" + marche2019(fields) + "]}");
		assertThat(records).hasSize(1);
		return records.get(0);
	}

	static DecpRecord one2022(String fields) throws IOException {
		List<DecpRecord> records = read("{\"marches\": {\"marche\": [" + marche2022(fields) + "]}}");
		assertThat(records).hasSize(1);
		return records.get(0);
	}

	static List<String> codes(DecpRecord record) {
		return record.issues().stream().map(Issue::code).toList();
	}

	static Issue issue(DecpRecord record, String code) {
		return record.issues().stream().filter(i -> i.code().equals(code)).findFirst()
				.orElseThrow(() -> new AssertionError("pas de « " + code + " » dans " + record.issues()));
	}

	@Test
	void cleanRecordsOfBothGenerationsAreAcceptedWithoutIssue() throws IOException {
		DecpRecord r2019 = one2019("");
		assertThat(r2019.issues()).isEmpty();
		assertThat(r2019.status()).isEqualTo(DecpRecord.Status.ACCEPTED);
		assertThat(r2019.contract().generation()).isEqualTo(Generation.DECP_2019);
		assertThat(r2019.contract().uid()).isEqualTo("213502388000192019AB1200");
		DecpRecord r2022 = one2022("");
		assertThat(r2022.issues()).isEmpty();
		assertThat(r2022.contract().generation()).isEqualTo(Generation.DECP_2022);
		assertThat(r2022.contract().titulaires()).containsExactly(new Titulaire("SIRET", "81223113200026", null));
		assertThat(r2022.contract().typesPrix()).containsExactly("Définitif ferme");
	}

	@Test
	void aBareRootListAndA2019RecordUnderMarchesMarcheAreRead() throws IOException {
		assertThat(read("[" + marche2019("") + "]")).singleElement()
				.satisfies(r -> assertThat(r.issues()).isEmpty());
		DecpRecord underMarche = read("{\"marches\": {\"marche\": [" + marche2019("") + "]}}").get(0);
		assertThat(underMarche.contract().generation()).isEqualTo(Generation.DECP_2019);
		assertThat(underMarche.issues()).isEmpty();
	}

	@Test
	void wrappedTitulairesInA2019RecordAreUnwrapped() throws IOException {
		DecpRecord record = one2019("""
				"titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "81223113200026",
				  "denominationSociale": "Garami"}}]""");
		assertThat(record.contract().titulaires()).containsExactly(new Titulaire("SIRET", "81223113200026", "Garami"));
		assertThat(issue(record, "list-shape").field()).isEqualTo("titulaires");
		assertThat(issue(record, "list-shape").severity()).isEqualTo(Issue.Severity.CORRECTED);
	}

	@Test
	void unwrappedTitulairesInA2022RecordAreRead() throws IOException {
		DecpRecord record = one2022("\"titulaires\": [{\"typeIdentifiant\": \"SIRET\", \"id\": \"81223113200026\"}]");
		assertThat(record.contract().titulaires()).hasSize(1);
		assertThat(codes(record)).containsExactly("list-shape");
	}

	@Test
	void aSingleObjectInsteadOfAListIsReadAsAList() throws IOException {
		DecpRecord record = one2019("""
				"titulaires": {"typeIdentifiant": "SIRET", "id": "81223113200026", "denominationSociale": "Garami"}""");
		assertThat(record.contract().titulaires()).hasSize(1);
		assertThat(issue(record, "list-shape").message()).contains("objet seul");
	}

	@Test
	void listsOfListsAreFlattened() throws IOException {
		DecpRecord record = one2019("""
				"modifications": [{"objetModification": "Avenant 1", "dateNotificationModification": "2019-10-01",
				  "datePublicationDonneesModification": "2019-10-02", "montant": 150000,
				  "titulaires": [[{"typeIdentifiant": "SIRET", "id": "81223113200026", "denominationSociale": "G"},
				                  {"typeIdentifiant": "SIRET", "id": "35600000000048", "denominationSociale": "P"}]]}]""");
		Modification modification = record.contract().modifications().get(0);
		assertThat(modification.titulaires()).extracting(Titulaire::id)
				.containsExactly("81223113200026", "35600000000048");
		assertThat(issue(record, "list-shape").field()).isEqualTo("modifications[1].titulaires");
		assertThat(record.contract().current().montant()).isEqualByComparingTo("150000");
	}

	@Test
	void flattenedKeysAreReadAsNestedFields() throws IOException {
		DecpRecord record = read("{\"marches\": [" + marche2019("").replace(
				"\"acheteur\": {\"id\": \"21350238800019\", \"nom\": \"Ville de Rennes\"}",
				"\"acheteur.id\": \"21350238800019\", \"acheteur.nom\": \"Ville de Rennes\"") + "]}").get(0);
		assertThat(record.contract().acheteurId()).isEqualTo("21350238800019");
		assertThat(record.contract().acheteurNom()).isEqualTo("Ville de Rennes");
		assertThat(issue(record, "flattened-key").field()).isEqualTo("acheteur.id");
		assertThat(record.status()).isEqualTo(DecpRecord.Status.CORRECTED);
	}

	@Test
	void numbersAsStringsAreReadWithSpacesAndDecimalCommas() throws IOException {
		DecpRecord record = one2019("\"montant\": \"12 500,50\", \"dureeMois\": \"24\"");
		assertThat(record.contract().montant()).isEqualByComparingTo(new BigDecimal("12500.50"));
		assertThat(record.contract().dureeMois()).isEqualTo(24);
		assertThat(record.issues()).extracting(Issue::code, Issue::field).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("number-as-string", "montant"),
				org.assertj.core.groups.Tuple.tuple("number-as-string", "dureeMois"));
	}

	@Test
	void nanAndPlaceholdersInTypedFieldsBecomeNullWithAnIssue() throws IOException {
		DecpRecord record = one2019("\"montant\": NaN, \"dureeMois\": \"NC\", \"datePublicationDonnees\": \"\"");
		assertThat(record.contract().montant()).isNull();
		assertThat(record.contract().dureeMois()).isNull();
		assertThat(record.contract().datePublicationDonnees()).isNull();
		assertThat(codes(record)).contains("invalid-number", "invalid-date", "missing-field");
		assertThat(record.issues()).filteredOn(i -> "montant".equals(i.field())).extracting(Issue::message)
				.containsExactly("« NaN » n'est pas un nombre : la valeur est ignorée.",
						"Le champ obligatoire « montant » est absent ou vide.");
		DecpRecord test = one2022("\"offresRecues\": \"test\", \"attributionAvance\": \"test\"");
		assertThat(test.contract().offresRecues()).isNull();
		assertThat(test.contract().attributionAvance()).isNull();
		assertThat(codes(test)).contains("invalid-number", "invalid-boolean");
		assertThat(test.status()).isEqualTo(DecpRecord.Status.CORRECTED);
	}

	@Test
	void aByteOrderMarkIsSkipped() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
		bytes.write(("{\"marches\": [" + marche2019("") + "]}").getBytes(StandardCharsets.UTF_8));
		assertThat(read(bytes.toByteArray())).singleElement().satisfies(r -> assertThat(r.issues()).isEmpty());
	}

	@Test
	void anIso88591FileIsReadAndReportedOnTheField() throws IOException {
		byte[] latin1 = ("{\"marches\": [" + marche2019("").replace("Entretien des jardins", "Réfection des allées")
				+ "]}").getBytes(StandardCharsets.ISO_8859_1);
		DecpRecord record = read(latin1).get(0);
		assertThat(record.contract().objet()).isEqualTo("Réfection des allées");
		assertThat(record.contract().nature()).isEqualTo("Marché");
		assertThat(record.issues()).filteredOn(i -> i.code().equals("encoding-iso-8859-1")).extracting(Issue::field)
				.contains("objet", "nature", "procedure");
	}

	@Test
	void xmlDeclaringIso88591IsReadWithoutIssue() throws IOException {
		byte[] xml = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><marches><marche><id>2019AB1200</id>"
				+ "<acheteur><id>21350238800019</id><nom>Ville de Rennes</nom></acheteur>"
				+ "<objet>Réfection</objet></marche></marches>").getBytes(StandardCharsets.ISO_8859_1);
		DecpRecord record = read(xml).get(0);
		assertThat(record.contract().objet()).isEqualTo("Réfection");
		assertThat(codes(record)).doesNotContain("encoding-iso-8859-1");
	}

	@Test
	void asciiControlCharactersInXmlAreStrippedAndReported() throws IOException {
		DecpRecord record = read("<marches><marche><id>2019AB1200</id><acheteur><id>21350238800019</id></acheteur>"
				+ "<objet>Entre\u0001tien\u0019</objet></marche></marches>").get(0);
		assertThat(record.contract().objet()).isEqualTo("Entretien");
		assertThat(issue(record, "xml-control-characters").field()).isEqualTo("objet");
	}

	@Test
	void datesAreNormalisedButImplausibleYearsAreNeverGuessed() throws IOException {
		DecpRecord record = one2019("\"dateNotification\": \"2019-04-25+02:00\", \"datePublicationDonnees\": \"2019-5-2\"");
		assertThat(record.contract().dateNotification()).isEqualTo(LocalDate.of(2019, 4, 25));
		assertThat(record.contract().datePublicationDonnees()).isEqualTo(LocalDate.of(2019, 5, 2));
		assertThat(codes(record)).containsExactly("date-timezone", "date-format");
		DecpRecord typo = one2019("\"dateNotification\": \"0218-05-03\"");
		assertThat(typo.contract().dateNotification()).isNull();
		assertThat(issue(typo, "implausible-date").message()).contains("0218-05-03");
		DecpRecord invalid = one2019("\"dateNotification\": \"2019-02-30\"");
		assertThat(invalid.contract().dateNotification()).isNull();
		assertThat(codes(invalid)).contains("invalid-date");
	}

	@Test
	void upperCaseAndUnaccentedEnumerationsGetTheirCanonicalValue() throws IOException {
		DecpRecord record = one2019("\"nature\": \"MARCHE\", \"lieuExecution\": {\"code\": \"35\", "
				+ "\"typeCode\": \"Code departement\", \"nom\": \"Ille-et-Vilaine\"}");
		assertThat(record.contract().nature()).isEqualTo("Marché");
		assertThat(record.contract().lieuExecution().typeCode()).isEqualTo("Code département");
		assertThat(record.issues()).extracting(Issue::code).containsOnly("enum-normalised");
		assertThat(one2019("\"lieuExecution\": {\"code\": \"35000\", \"typeCode\": \"CODE POSTAL\", \"nom\": \"R\"}")
				.contract().lieuExecution().typeCode()).isEqualTo("Code postal");
	}

	@Test
	void procedureLabelsOfSchema14GetTheir15Label() throws IOException {
		DecpRecord record = one2019("\"procedure\": \"Marché négocié sans publicité ni mise en concurrence préalable\"");
		assertThat(record.contract().procedure())
				.isEqualTo("Marché passé sans publicité ni mise en concurrence préalable");
		assertThat(codes(record)).containsExactly("procedure-1.4-label");
		DecpRecord unknown = one2019("\"procedure\": \"Autre\"");
		assertThat(unknown.contract().procedure()).isEqualTo("Autre");
		assertThat(issue(unknown, "enum-value").severity()).isEqualTo(Issue.Severity.WARNING);
	}

	@Test
	void identifierTypeVariantsGetTheSchemaValue() throws IOException {
		DecpRecord record = one2019("""
				"titulaires": [{"typeIdentifiant": "TVA_INTRACOMMUNAUTAIRE", "id": "DE814864138", "denominationSociale": "H"},
				               {"typeIdentifiant": "HORS_UE", "id": "X1", "denominationSociale": "Y"},
				               {"id": "812 231 132 00026", "denominationSociale": "Garami"}]""");
		assertThat(record.contract().titulaires()).extracting(Titulaire::typeIdentifiant, Titulaire::id)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("TVA", "DE814864138"),
						org.assertj.core.groups.Tuple.tuple("HORS-UE", "X1"),
						org.assertj.core.groups.Tuple.tuple("SIRET", "81223113200026"));
		assertThat(codes(record)).containsExactly("type-identifiant-normalised", "type-identifiant-normalised",
				"identifier-separators", "type-identifiant-inferred");
	}

	@Test
	void keysForbiddenBy20AreWarnings() throws IOException {
		DecpRecord record = one2022("\"source\": \"e-marchespublics\", \"uid\": \"test\"");
		assertThat(record.issues()).extracting(Issue::code, Issue::field).containsExactly(
				org.assertj.core.groups.Tuple.tuple("additional-property", "source"),
				org.assertj.core.groups.Tuple.tuple("additional-property", "uid"));
		assertThat(record.status()).isEqualTo(DecpRecord.Status.ACCEPTED);
	}

	@Test
	void xmlBooleansAreReadWithoutIssueJsonStringBooleansAreCorrected() throws IOException {
		for (String[] value : new String[][] {{"oui", "true"}, {"non", "false"}, {"1", "true"}, {"0", "false"}}) {
			DecpRecord record = read("<marches><marche><id>TEST2022</id><acheteur><id>21350238800019</id></acheteur>"
					+ "<marcheInnovant>" + value[0] + "</marcheInnovant><ccag>Travaux</ccag></marche></marches>").get(0);
			assertThat(record.contract().marcheInnovant()).isEqualTo(Boolean.valueOf(value[1]));
			assertThat(codes(record)).doesNotContain("boolean-as-string", "invalid-boolean");
		}
		DecpRecord json = one2022("\"marcheInnovant\": \"oui\"");
		assertThat(json.contract().marcheInnovant()).isTrue();
		assertThat(codes(json)).containsExactly("boolean-as-string");
	}

	@Test
	void flatAndCapitalisedTypePrixKeysAreReadAsTypesPrix() throws IOException {
		for (String key : List.of("typePrix", "TypePrix")) {
			DecpRecord record = read("{\"marches\": {\"marche\": [" + marche2022("").replace(
					"\"typesPrix\": {\"typePrix\": [\"Définitif ferme\"]}", "\"" + key + "\": \"Définitif révisable\"")
					+ "]}}").get(0);
			assertThat(record.contract().typesPrix()).containsExactly("Définitif révisable");
			assertThat(issue(record, "types-prix-key").field()).isEqualTo(key);
			assertThat(codes(record)).doesNotContain("additional-property", "missing-field");
		}
	}

	@Test
	void aConcessionIsMappedOntoTheContractModel() throws IOException {
		DecpRecord record = read("""
				{"marches": [{"_type": "Contrat de concession", "id": "2019CC0001",
				  "autoriteConcedante": {"id": "21350238800019", "nom": "Ville de Rennes"},
				  "nature": "DELEGATION DE SERVICE PUBLIC", "objet": "Piscine", "procedure": "Procédure négociée ouverte",
				  "lieuExecution": {"code": "35238", "typeCode": "Code commune", "nom": "Rennes"}, "dureeMois": 60,
				  "dateSignature": "2019-03-01", "datePublicationDonnees": "2019-03-10",
				  "dateDebutExecution": "2019-04-01", "valeurGlobale": "2500000", "montantSubventionPublique": 0,
				  "donneesExecution": [], "concessionnaires": [{"typeIdentifiant": "SIRET", "id": "81223113200026",
				  "denominationSociale": "Garami"}], "modifications": []}]}""").get(0);
		Contract c = record.contract();
		assertThat(c.kind()).isEqualTo(ContractKind.CONCESSION);
		assertThat(c.acheteurId()).isEqualTo("21350238800019");
		assertThat(c.dateNotification()).isEqualTo(LocalDate.of(2019, 3, 1));
		assertThat(c.montant()).isEqualByComparingTo("2500000");
		assertThat(c.nature()).isEqualTo("Délégation de service public");
		assertThat(c.titulaires()).extracting(Titulaire::id).containsExactly("81223113200026");
		assertThat(record.issues()).extracting(Issue::code, Issue::field).containsExactly(
				org.assertj.core.groups.Tuple.tuple("enum-normalised", "nature"),
				org.assertj.core.groups.Tuple.tuple("number-as-string", "valeurGlobale"));
	}

	@Test
	void recordsWithoutIdOrBuyerAreRejectedButDelivered() throws IOException {
		List<DecpRecord> records = read("{\"marches\": [" + marche2019("\"id\": \"\"") + ", "
				+ marche2019("\"acheteur\": {\"nom\": \"Sans SIRET\"}") + ", 42]}");
		assertThat(records).extracting(DecpRecord::index).containsExactly(1L, 2L, 3L);
		assertThat(records).extracting(DecpRecord::status).containsOnly(DecpRecord.Status.REJECTED);
		assertThat(codes(records.get(0))).contains("missing-id");
		assertThat(codes(records.get(1))).contains("missing-buyer-id");
		assertThat(records.get(2).contract()).isNull();
		assertThat(codes(records.get(2))).containsExactly("not-a-record");
	}

	@Test
	void aTruncatedFileThrowsWithFileLineAndColumnAfterTheEarlierRecords() {
		List<DecpRecord> records = new ArrayList<>();
		String truncated = "{\"marches\": [\n" + marche2019("") + ",\n" + marche2019("").substring(0, 120);
		long lastLine = truncated.lines().count();
		assertThatThrownBy(() -> new DecpReader(TODAY).read(
				new ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8)), "coupé.json", records::add))
				.isInstanceOf(DecpFormatException.class)
				.hasMessageStartingWith("coupé.json, ligne " + lastLine + ", colonne")
				.hasMessageContaining("JSON illisible")
				.satisfies(e -> assertThat(((DecpFormatException) e).line()).isEqualTo(lastLine));
		assertThat(records).hasSize(1);
		List<DecpRecord> xmlRecords = new ArrayList<>();
		String xml = "<marches>\n<marche><id>A1234567</id></marche>\n<marche><id>B12";
		assertThatThrownBy(() -> new DecpReader(TODAY).read(
				new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "coupé.xml", xmlRecords::add))
				.isInstanceOf(DecpFormatException.class).hasMessageStartingWith("coupé.xml, ligne 3, colonne");
		assertThat(xmlRecords).hasSize(1);
	}

	@Test
	void aFileThatIsNeitherJsonNorXmlThrows() {
		assertThatThrownBy(() -> read("id;acheteur\n1;2"))
				.isInstanceOf(DecpFormatException.class)
				.hasMessage("test.json, ligne 1, colonne 1 : le fichier n'est ni du JSON ni du XML (premier caractère « i »)");
		assertThatThrownBy(() -> read("{\"data\": []}"))
				.isInstanceOf(DecpFormatException.class).hasMessageContaining("aucune liste « marches »");
	}
}
