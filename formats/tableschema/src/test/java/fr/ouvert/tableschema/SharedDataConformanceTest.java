package fr.ouvert.tableschema;

import static fr.ouvert.tableschema.Fixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads in place the files of {@code shared/data/catalog/schemas} that may not be copied (Validata's GPL test
 * cases, the IRVE files without a licence) and checks the results its SOURCES.md lists. Skipped, with an
 * assumption message, when the shared folder is not beside the repository.
 */
class SharedDataConformanceTest {

	private static Path schemas;

	@BeforeAll
	static void findSharedData() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("shared/data/catalog/schemas"))) {
			dir = dir.getParent();
		}
		schemas = dir == null ? null : dir.resolve("shared/data/catalog/schemas");
	}

	private static ValidationReport validate(String schema, String csv) throws IOException {
		assumeTrue(schemas != null, "shared/data/catalog/schemas not found above " + Path.of("").toAbsolutePath()
				+ ": the conformance test on the shared (non-copyable) files is skipped");
		try (InputStream in = Files.newInputStream(schemas.resolve(csv))) {
			return TableValidator.validate(TableSchema.parse(Files.readString(schemas.resolve(schema))), in,
					ValidationOptions.defaults());
		} catch (TableSchemaException e) {
			throw new AssertionError(schema + " should be valid", e);
		}
	}

	private static final String SUBVENTIONS = "scdl-subventions/schema.json";
	private static final String CASES = "scdl-subventions/validata-test-cases/";

	@Test
	void validataValidCasesPass() throws IOException {
		for (int i = 1; i <= 3; i++) {
			ValidationReport report = validate(SUBVENTIONS, CASES + "exemple_valide_subventions" + i + ".csv");
			assertThat(report.errors()).as("case " + i).isEmpty();
		}
	}

	@Test
	void validataOneOfRequiredCases() throws IOException {
		for (int i = 1; i <= 3; i++) {
			ValidationReport report = validate(SUBVENTIONS, CASES + "exemple_invalide_subventions_one_of_required"
					+ i + ".csv");
			assertThat(codes(report)).as("case " + i).containsExactly("one-of-required@1:null");
		}
		ValidationReport bothMissing = validate(SUBVENTIONS,
				CASES + "exemple_invalide_subventions_one_of_required4.csv");
		assertThat(codes(bothMissing)).containsExactly("one-of-required@null:null");
		assertThat(bothMissing.errors().get(0).note()).contains("sont manquantes");
	}

	@Test
	void validataConstraintAndSiretCases() throws IOException {
		for (int i = 1; i <= 2; i++) {
			assertThat(codes(validate(SUBVENTIONS, CASES + "exemple_invalide_subventions_constraint_error" + i
					+ ".csv"))).containsExactly("constraint-error@1:rnaBeneficiaire");
			ValidationReport siret = validate(SUBVENTIONS, CASES + "exemple_invalide_subventions_french_siret_error"
					+ i + ".csv");
			assertThat(codes(siret)).containsExactly("french-siret-value@1:idBeneficiaire");
			assertThat(siret.errors().get(0).cell()).isEqualTo("52499120500");
		}
	}

	@Test
	void transportAndCatalogueExamples() throws IOException {
		assertThat(validate("irve/schema-statique.json", "irve/exemple-valide-statique.csv").errors()).isEmpty();
		assertThat(validate("irve/schema-dynamique.json", "irve/exemple-valide-dynamique.csv").errors()).isEmpty();
		assertThat(validate("lieux-covoiturage/schema.json", "lieux-covoiturage/exemple-valide.csv").errors())
				.isEmpty();
		assertThat(codes(validate("lieux-covoiturage/schema.json", "lieux-covoiturage/exemple-invalide.csv")))
				.containsExactly("type-error@2:date_maj");
		assertThat(validate("stationnement/schema.json", "stationnement/exemple-valide.csv").errors()).isEmpty();
		assertThat(codes(validate("stationnement/schema.json", "stationnement/exemple-invalide.csv")))
				.contains("constraint-error@1:tarif_pmr", "french-siret-value@1:num_siret");
		assertThat(validate("catalogue-donnees/schema.json", "catalogue-donnees/exemple-valide.csv").errors())
				.isEmpty();
	}

	@Test
	void everySchemaOfTheSharedFolderParses() throws IOException {
		assumeTrue(schemas != null, "shared/data/catalog/schemas not found: skipped");
		try (var files = Files.walk(schemas)) {
			for (Path schema : files.filter(p -> p.getFileName().toString().startsWith("schema")
					&& p.toString().endsWith(".json")).toList()) {
				try {
					TableSchema parsed = TableSchema.parse(Files.readString(schema));
					assertThat(parsed.fields()).as(schema.toString()).isNotEmpty();
				} catch (TableSchemaException e) {
					throw new AssertionError(schema + ": " + e.problems(), e);
				}
			}
		}
	}
}
