package fr.ouvert.integrity.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import fr.ouvert.hatvp.HatvpFormatException;
import fr.ouvert.hatvp.register.Publication;
import fr.ouvert.integrity.register.importing.ImportResult;
import fr.ouvert.integrity.register.importing.RegisterImports;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Importing HATVP's register: the sample's counts, a second import that changes nothing, versions, refused files. */
class RegisterImportTest extends PlatformTest {

	/** The sample's representatives, by their national identifiers (other tests share the database). */
	private static final String SAMPLE_REPRESENTATIVES = """
			select id from integrity_representative where national_id in (select jsonb_array_elements(?::jsonb) ->> 'identifiantNational')""";

	@Autowired
	RegisterImports imports;

	@Test
	void theJsonSampleImportsWithItsCountsAndASecondImportChangesNothing() throws Exception {
		ImportResult first = RegisterFixtures.importSample(imports);
		assertThat(first.read().publications()).isEqualTo(18);
		assertThat(first.read().exercices()).isEqualTo(82);
		assertThat(first.read().activites()).isEqualTo(230);
		String sample = new String(new org.springframework.core.io.ClassPathResource(RegisterFixtures.SAMPLE).getInputStream()
			.readAllBytes(), StandardCharsets.UTF_8);
		String in = "in (" + SAMPLE_REPRESENTATIVES + ")";
		assertThat(count("select count(*) from integrity_representative where id " + in, sample)).isEqualTo(18);
		assertThat(count("select count(*) from integrity_exercise where representative_id " + in, sample)).isEqualTo(82);
		assertThat(count("select count(*) from integrity_activity where representative_id " + in, sample)).isEqualTo(230);
		assertThat(count("select count(*) from integrity_action where representative_id " + in, sample)).isEqualTo(230);
		long versions = count("select count(*) from integrity_representative_version where representative_id " + in, sample);

		ImportResult second = RegisterFixtures.importSample(imports);
		assertThat(second.changedNothing()).as(second.summary()).isTrue();
		assertThat(second.unchanged()).isEqualTo(18);
		assertThat(second.reportsUnchanged()).isEqualTo(82);
		assertThat(count("select count(*) from integrity_representative_version where representative_id " + in, sample))
			.isEqualTo(versions);
		assertThat(count("select count(*) from integrity_activity where representative_id " + in, sample)).isEqualTo(230);
	}

	/** The CSV carries no exerciceId: its financial years are those without one (a representative may be in both samples). */
	@Test
	void theCsvSliceImportsLinkedEndToEnd() throws Exception {
		ImportResult first = RegisterFixtures.importCsvSlice(imports);
		assertThat(first.read().publications()).isEqualTo(31);
		assertThat(first.read().exercices()).isEqualTo(89);
		assertThat(first.read().activites()).isEqualTo(155);
		String ids = "(select national_id from (values " + String.join(", ", nationalIdsOfTheSlice()) + ") v(national_id))";
		assertThat(jdbc.sql("select count(*) from integrity_representative where national_id in " + ids).query(Long.class)
			.single()).isEqualTo(31);
		assertThat(jdbc.sql("""
				select count(*) from integrity_exercise e join integrity_representative r on r.id = e.representative_id
				where e.hatvp_id is null and r.national_id in """ + ids).query(Long.class).single()).isEqualTo(89);
		assertThat(jdbc.sql("""
				select count(*) from integrity_activity v join integrity_exercise e on e.id = v.exercise_id
				join integrity_representative r on r.id = e.representative_id and r.id = v.representative_id
				where e.hatvp_id is null and r.national_id in """ + ids).query(Long.class).single()).isEqualTo(155);
		assertThat(jdbc.sql("""
				select count(*) from integrity_action a join integrity_activity v on v.id = a.activity_id
				join integrity_exercise e on e.id = v.exercise_id join integrity_representative r on r.id = v.representative_id
				where e.hatvp_id is null and r.national_id in """ + ids)
			.query(Long.class).single()).isEqualTo(155);
		ImportResult second = RegisterFixtures.importCsvSlice(imports);
		assertThat(second.changedNothing()).as(second.summary()).isTrue();
	}

	private static List<String> nationalIdsOfTheSlice() throws Exception {
		List<String> ids = new java.util.ArrayList<>();
		new fr.ouvert.hatvp.register.RegisterCsvReader().read("csv",
				table -> new org.springframework.core.io.ClassPathResource(RegisterFixtures.CSV + table.fileName()).getInputStream(),
				p -> ids.add("('" + p.identifiantNational() + "')"));
		return ids;
	}

	@Test
	void aChangedRepresentativeGetsANewVersionWithTheFieldsThatChanged() throws Exception {
		String id = RegisterFixtures.hatvpId();
		Publication before = publication(id, "Association pour les essais", "ASSOC");
		imports.importJson(RegisterFixtures.json(before), "v1.json");
		Publication after = publication(id, "Association pour les essais renommée", "SOCOM");
		ImportResult result = imports.importJson(RegisterFixtures.json(after), "v2.json");

		assertThat(result.versioned()).isEqualTo(1);
		assertThat(result.reportsUnchanged()).isEqualTo(1);
		long representative = jdbc.sql("select id from integrity_representative where national_id = ?").param(id)
			.query(Long.class).single();
		assertThat(jdbc.sql("select version from integrity_representative where id = ?").param(representative)
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select array_to_string(changed_fields, ',') from integrity_representative_version"
				+ " where representative_id = ? and version = 2").param(representative).query(String.class).single())
			.isEqualTo("category_code,category_family,category_label,denomination");
		assertThat(jdbc.sql("select denomination from integrity_representative where id = ?").param(representative)
			.query(String.class).single()).isEqualTo("Association pour les essais renommée");
		assertThat(jdbc.sql("select identity ->> 'denomination' from integrity_representative_version"
				+ " where representative_id = ? and version = 1").param(representative).query(String.class).single())
			.isEqualTo("Association pour les essais");

		ImportResult again = imports.importJson(RegisterFixtures.json(after), "v2.json");
		assertThat(again.changedNothing()).isTrue();
	}

	@Test
	void aChangedReportIsReplacedWhole() throws Exception {
		String id = RegisterFixtures.hatvpId();
		imports.importJson(RegisterFixtures.json(publication(id, "Rapport changeant", "ASSOC")), "r1.json");
		Publication twoActivities = RegisterFixtures.publication(id, "Rapport changeant", "ASSOC", "SANTE", List.of(),
				List.of(RegisterFixtures.exercice(7, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
						LocalDateTime.of(2023, 3, 1, 9, 0), "< 10 000 euros",
						List.of(RegisterFixtures.action("Collaborateur du Président de la République", "Actes réglementaires",
								"Envoyer des pétitions, lettres ouvertes, tracts"),
								RegisterFixtures.action("Titulaire d'un emploi à la décision du Gouvernement",
										"Actes réglementaires", "Envoyer des pétitions, lettres ouvertes, tracts")))));
		ImportResult result = imports.importJson(RegisterFixtures.json(twoActivities), "r2.json");
		assertThat(result.reportsReplaced()).isEqualTo(1);
		assertThat(result.unchanged()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from integrity_activity v join integrity_representative r on r.id = v.representative_id
				where r.national_id = ?""").param(id).query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("""
				select array_to_string(a.official_types, ',') from integrity_action a
				join integrity_representative r on r.id = a.representative_id where r.national_id = ? order by a.activity_id""")
			.param(id).query(String.class).list()).containsExactly("COLLABORATEUR_PRESIDENT", "EMPLOI_DECISION_GOUVERNEMENT");
	}

	@Test
	void aBrokenFileIsRefusedWholeSayingWhereAndNothingIsWritten() {
		String id = RegisterFixtures.hatvpId();
		String json = "{\"publications\": [{\"denomination\": \"Écrite avant l'erreur\", \"identifiantNational\": \"" + id
				+ "\", \"typeIdentifiantNational\": \"HATVP\", \"categorieOrganisation\": {\"code\": \"ASSOC\"}, "
				+ "\"exercices\": []}, {\"denomination\": \"Cassée\", \"exercices\": [{\"publicationCourante\": "
				+ "{\"dateDebut\": \"pas une date\"}}]}]}";
		assertThatThrownBy(() -> imports.importJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "casse.json"))
			.isInstanceOf(HatvpFormatException.class)
			.satisfies(e -> {
				HatvpFormatException error = (HatvpFormatException) e;
				assertThat(error.file()).isEqualTo("casse.json");
				assertThat(error.record()).isEqualTo(2);
				assertThat(error.field()).contains("dateDebut");
			});
		assertThat(jdbc.sql("select count(*) from integrity_representative where national_id = ?").param(id)
			.query(Long.class).single()).isZero();
	}

	private static Publication publication(String id, String denomination, String category) {
		return RegisterFixtures.publication(id, denomination, category, "SANTE", List.of(),
				List.of(RegisterFixtures.exercice(7, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
						LocalDateTime.of(2023, 3, 1, 9, 0), "< 10 000 euros",
						List.of(RegisterFixtures.action("Collaborateur du Président de la République", "Actes réglementaires",
								"Envoyer des pétitions, lettres ouvertes, tracts")))));
	}

	private long count(String sql, String sample) {
		return jdbc.sql(sql).param(sample).query(Long.class).single();
	}
}
