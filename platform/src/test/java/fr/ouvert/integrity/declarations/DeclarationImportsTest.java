package fr.ouvert.integrity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.ouvert.hatvp.declarations.DeclarationsFormatException;
import fr.ouvert.kernel.cli.Progress;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

class DeclarationImportsTest extends PlatformTest {

	@Autowired
	DeclarationImports imports;

	@Autowired
	ImportDeclarationsCommand command;

	@BeforeEach
	void samples() {
		DeclarationSamples.importAll(imports);
	}

	@Test
	void theSampleGives48DeclarationsWithTheirTypesAndMandates() {
		List<String> uuids = DeclarationSamples.uuids(DeclarationSamples.XML_2017);

		Map<String, Long> types = count("type_code", uuids);
		Map<String, Long> mandates = count("type_mandat", uuids);

		assertThat(uuids).hasSize(48);
		assertThat(types).isEqualTo(Map.of("DI", 43L, "DIA", 5L));
		assertThat(mandates).isEqualTo(Map.of("Membre", 30L, "Maire ou adjoint municipal", 13L, "Sénateur", 5L));
		assertThat(jdbc.sql("""
				select count(*) from integrity_declaration_item i join integrity_declaration d on d.id = i.declaration_id
				where d.uuid in (:uuids) and i.section = 'mandatElectifDto'""").param("uuids", uuids).query(Long.class).single())
			.isEqualTo(98);
	}

	@Test
	void the2024DeclarationKeepsItsSectionsAndAmounts() {
		Map<String, Integer> items = jdbc.sql("""
				select s.section, s.items from integrity_declaration_section s join integrity_declaration d on d.id = s.declaration_id
				where d.uuid = '40c65083-094f-4170-9e21-b9c95f4390d6'""")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

		assertThat(items).containsEntry("mandatElectifDto", 6).containsEntry("participationDirigeantDto", 5)
			.containsEntry("participationFinanciereDto", 2).containsEntry("activConsultantDto", 0).hasSize(9);
		record Pay(String text, BigDecimal amount) {
		}
		assertThat(jdbc.sql("""
				select a.amount_text as text, a.amount from integrity_declaration_amount a join integrity_declaration d on d.id = a.declaration_id
				where d.uuid = '40c65083-094f-4170-9e21-b9c95f4390d6' and a.section = 'activProfCinqDerniereDto'""")
			.query(Pay.class).single()).isEqualTo(new Pay("10 312", new BigDecimal("10312")));
	}

	@Test
	void redactionsAreStoredAsPublished() {
		String employer = jdbc.sql("""
				select i.fields ->> 'employeur' from integrity_declaration_item i join integrity_declaration d on d.id = i.declaration_id
				where d.uuid = 'd9b3d482-4381-43a2-aa7a-a5068bbe39e7' and i.section = 'activProfCinqDerniereDto' and i.item = 1""")
			.query(String.class).single();
		String holding = jdbc.sql("""
				select i.company_name || '|' || coalesce(i.company_key, 'none') from integrity_declaration_item i
				join integrity_declaration d on d.id = i.declaration_id
				where d.uuid = 'd9b3d482-4381-43a2-aa7a-a5068bbe39e7' and i.section = 'participationFinanciereDto' and i.item = 1""")
			.query(String.class).single();

		assertThat(employer).isEqualTo("Exploitant Agricole de la SCEA de\n[Données non publiées]");
		// A redacted company name is kept, and never used to match a company.
		assertThat(holding).isEqualTo("SCI\n[Données non publiées]|none");
	}

	@Test
	void liste_csvGives410RowsWithTheirTypes() {
		Map<String, Long> byMandate = jdbc.sql("select type_mandat, count(*) from integrity_declaration_listing group by 1")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

		assertThat(jdbc.sql("select count(*) from integrity_declaration_listing").query(Long.class).single()).isEqualTo(410);
		assertThat(byMandate).containsEntry("gouvernement", 113L).containsEntry("senateur", 51L).containsEntry("depute", 50L)
			.containsEntry("president", 2L).hasSize(11);
		assertThat(jdbc.sql("select count(distinct person_id) from integrity_declaration_listing").query(Long.class).single())
			.isEqualTo(jdbc.sql("select count(distinct url_dossier) from integrity_declaration_listing").query(Long.class).single());
	}

	@Test
	void importingAgainChangesNothing() throws IOException {
		long persons = jdbc.sql("select count(*) from integrity_declaration_person").query(Long.class).single();

		DeclarationImports.Result again = imports.importFiles(DeclarationSamples.file(DeclarationSamples.XML_2017),
				DeclarationSamples.file(DeclarationSamples.LISTE));

		assertThat(again.declarations()).isEqualTo(48);
		assertThat(again.unchanged()).isEqualTo(48);
		assertThat(again.created() + again.updated()).isZero();
		assertThat(again.listingRows()).isEqualTo(410);
		assertThat(jdbc.sql("select count(*) from integrity_declaration_person").query(Long.class).single()).isEqualTo(persons);
		assertThat(jdbc.sql("select count(*) from integrity_declaration_listing").query(Long.class).single()).isEqualTo(410);
	}

	@Test
	void aChangedDeclarationIsUpdatedInPlace() throws IOException {
		String uuid = UUID.randomUUID().toString();
		Path first = xml(declaration(uuid, "Dupont", "Jeanne", "<mandatElectifDto><items><items><descriptionMandat>Maire"
				+ "</descriptionMandat></items></items><neant>false</neant></mandatElectifDto>"));
		Path second = xml(declaration(uuid, "Dupont", "Jeanne", "<mandatElectifDto><neant>true</neant></mandatElectifDto>"));

		assertThat(imports.importFiles(first, null).created()).isEqualTo(1);
		DeclarationImports.Result result = imports.importFiles(second, null);

		assertThat(result.updated()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select s.neant::text || s.items from integrity_declaration_section s join integrity_declaration d on d.id = s.declaration_id
				where d.uuid = ?""").param(uuid).query(String.class).single()).isEqualTo("true0");
	}

	@Test
	void aBrokenFileImportsNothingAndSaysWhere() throws IOException {
		String kept = UUID.randomUUID().toString();
		Path broken = xml(declaration(kept, "Martin", "Paul", "") + "\n<declaration><dateDepot>01/01/2020 00:00:00</dateDepot>"
				+ "<general/></declaration>");

		assertThatThrownBy(() -> imports.importFiles(broken, null)).isInstanceOf(DeclarationsFormatException.class)
			.hasMessage(broken.getFileName() + ", ligne 4, colonne 14, déclaration n° 2, élément declaration/uuid : "
					+ "identifiant (uuid) absent ou vide");
		assertThat(jdbc.sql("select count(*) from integrity_declaration where uuid = ?").param(kept).query(Long.class).single())
			.isZero();
	}

	@Test
	void theCommandPrintsCountsAndNoName() throws IOException {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

		int exit = command.run(List.of(DeclarationSamples.file(DeclarationSamples.XML_2024).toString()), out, Progress.silent());

		assertThat(exit).isZero();
		assertThat(output.toString(StandardCharsets.UTF_8))
			.isEqualTo("1 déclaration(s) : 0 nouvelle(s), 0 modifiée(s), 1 inchangée(s) ; 0 ligne(s) de liste.csv, "
					+ "0 déclaration(s) reliée(s) à liste.csv ; 0 valeur(s) gardée(s) en texte" + System.lineSeparator())
			.doesNotContainIgnoringCase("abad");
		output.reset();
		assertThat(command.run(List.of(), out, Progress.silent())).isEqualTo(2);
		assertThat(output.toString(StandardCharsets.UTF_8)).contains(ImportDeclarationsCommand.USAGE);
		output.reset();
		assertThat(command.run(List.of("/nulle/part.xml"), out, Progress.silent())).isEqualTo(2);
		assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("/nulle/part.xml : fichier introuvable");
		Path broken = xml("<declaration><uuid>x</uuid>");
		output.reset();
		assertThat(command.run(List.of(broken.toString()), out, Progress.silent())).isEqualTo(1);
		assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("Rien n'a été importé — " + broken.getFileName() + ", ligne");
	}

	private Map<String, Long> count(String column, List<String> uuids) {
		return jdbc.sql("select " + column + ", count(*) from integrity_declaration where uuid in (:uuids) group by 1")
			.param("uuids", uuids)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	static Path xml(String declarations) throws IOException {
		Path file = Files.createTempDirectory("declarations-test").resolve("declarations.xml");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<declarations>\n" + declarations + "\n</declarations>\n");
		return file;
	}

	static String declaration(String uuid, String nom, String prenom, String sections) {
		return "<declaration><dateDepot>15/03/2024 10:00:00</dateDepot><uuid>" + uuid + "</uuid><origine>ADEL</origine>"
				+ sections + "<general><typeDeclaration><id>DI</id><label>Déclaration d'intérêts</label></typeDeclaration>"
				+ "<qualiteMandat><typeMandat>Maire ou adjoint municipal</typeMandat><codTypeMandatFichier>commune"
				+ "</codTypeMandatFichier></qualiteMandat><declarant><civilite>Mme</civilite><nom>" + nom + "</nom><prenom>"
				+ prenom + "</prenom></declarant></general></declaration>";
	}
}
