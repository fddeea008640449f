package fr.ouvert.procurement.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.ouvert.decp.DecpCsvWriter;
import fr.ouvert.procurement.flags.StoreRows;
import fr.ouvert.procurement.importing.DecpImports;
import fr.ouvert.procurement.importing.SourceSpec;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The downloads of the consolidated contracts, on real DECP files imported through the platform's importer: DECP
 * 2022 JSON, CSV, OCDS release and record packages (validated against the OCDS 1.1.5 schemas), streamed.
 */
class ProcurementDownloadsTest extends PlatformTest {

	private static final Path DEMO = Path.of("../demo-data/procurement");

	/** The OCDS 1.1.5 schemas the ouvert-decp tests use (read in place, with their licence, no second copy). */
	private static final Path OCDS_SCHEMAS = Path.of("../formats/decp/src/test/resources/fr/ouvert/decp/writers/ocds-schema-1.1.5/")
		.toAbsolutePath().normalize();

	private static final String OCDS_SITE = "https://standard.open-contracting.org/schema/1__1__5/";

	private static final SchemaRegistry DRAFT_04 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
			builder -> builder.schemas(ProcurementDownloadsTest::localOcdsSchema));

	/**
	 * Every version's contract and publication date: the rows of the versions' table, and the initial version of a
	 * contract stored without them, which is the contract's own row.
	 */
	private static final String VERSIONS = """
			with versions as (
			    select contract_id, date_publication from procurement_contract_version
			    union all
			    select c.id, c.date_publication from procurement_contract c
			    where not exists (select 1 from procurement_contract_version v where v.contract_id = c.id))
			""";

	@Autowired
	DecpImports imports;

	@Autowired
	ObjectMapper json;

	long contracts;

	long versions;

	@BeforeEach
	void importRealFiles() throws Exception {
		StoreRows.deleteContracts(jdbc);
		jdbc.sql("""
				delete from procurement_import where source_id in
				(select id from procurement_source where code like 'downloads-test-%')""").update();
		imports.importFile(DEMO.resolve("official-example-2.0_marches_concessions.json"),
				new SourceSpec("downloads-test-2022", "Exemple officiel 2.0", 100));
		imports.importFile(DEMO.resolve("e-marchespublics_2019-04-03.json"),
				new SourceSpec("downloads-test-2019", "e-marchespublics 2019", 100));
		// the flags are recomputed in the background after the imports: wait, so that counts are stable
		StoreRows.awaitFlagsComputed(jdbc);
		contracts = jdbc.sql("select count(*) from procurement_contract").query(Long.class).single();
		versions = jdbc.sql("select count(*) + sum(modification_count) from procurement_contract").query(Long.class).single();
		assertThat(contracts).isGreaterThan(100);
		assertThat(versions).isGreaterThan(contracts);
	}

	@Test
	void decpJsonHasEveryContractInTheTwentyTwentyTwoFormat() throws Exception {
		MockHttpServletResponse response = streamed(get("/api/1/procurement/decp.json"));
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getHeader("Content-Disposition")).contains("decp.json");
		JsonNode document = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		long marches = jdbc.sql("select count(*) from procurement_contract where kind = 'marche'").query(Long.class).single();
		assertThat(document.path("marches").path("marche").size()).isEqualTo(marches);
		assertThat(document.path("marches").path("contrat-concession").size()).isEqualTo(contracts - marches);
	}

	@Test
	void decpCsvHasOneRowPerContractAndHolder() throws Exception {
		MockHttpServletResponse response = streamed(get("/api/1/procurement/decp.csv"));
		assertThat(response.getContentType()).startsWith("text/csv");
		List<String> lines = response.getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo(String.join(",", DecpCsvWriter.columns()));
		assertThat((long) lines.size() - 1).isGreaterThanOrEqualTo(contracts);
	}

	@Test
	void everyReleaseIsInTheFullPackageWhichIsValidOcds() throws Exception {
		MockHttpServletResponse response = streamed(get("/api/1/procurement/ocds/releases.json"));
		assertThat(response.getHeader("Content-Disposition")).contains("releases.json");
		JsonNode releasePackage = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(schema("release-package-schema.json").validate(releasePackage)).isEmpty();
		assertThat(releasePackage.path("releases").size()).isEqualTo(versions);
		Set<String> ocids = new HashSet<>();
		for (JsonNode release : releasePackage.path("releases")) {
			assertThat(release.path("ocid").asString()).startsWith("ocds-local0-");
			ocids.add(release.path("ocid").asString());
		}
		// One ocid per contract, even for those that share a uid (same buyer and id, other date or holders).
		assertThat(jdbc.sql("select count(*) - count(distinct uid) from procurement_contract").query(Long.class).single())
			.as("e-marchespublics reuses ids").isPositive();
		assertThat((long) ocids.size()).isEqualTo(contracts);
	}

	@Test
	void releasesOfAPeriodAreThoseDatedInIt() throws Exception {
		LocalDate from = LocalDate.of(2019, 1, 1);
		LocalDate to = LocalDate.of(2019, 3, 31);
		long expected = jdbc.sql(VERSIONS + "select count(*) from versions where date_publication between ? and ?")
			.param(from).param(to).query(Long.class).single();
		assertThat(expected).isPositive().isLessThan(versions);
		MockHttpServletResponse response = streamed(get("/api/1/procurement/ocds/releases")
			.param("from", from.toString()).param("to", to.toString()));
		assertThat(response.getContentType()).startsWith("application/json");
		JsonNode releasePackage = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(schema("release-package-schema.json").validate(releasePackage)).isEmpty();
		assertThat(releasePackage.path("releases").size()).isEqualTo(expected);
		for (JsonNode release : releasePackage.path("releases")) {
			LocalDate date = LocalDate.parse(release.path("date").asString().substring(0, 10));
			assertThat(date).isBetween(from, to);
		}
	}

	@Test
	void recordsOfAPeriodCarryAllTheirReleasesAndACompiledRelease() throws Exception {
		LocalDate from = LocalDate.of(2019, 1, 1);
		LocalDate to = LocalDate.of(2019, 3, 31);
		long expected = jdbc.sql(VERSIONS + "select count(distinct contract_id) from versions where date_publication between ? and ?")
			.param(from).param(to).query(Long.class).single();
		JsonNode recordPackage = json.readTree(streamed(get("/api/1/procurement/ocds/records")
			.param("from", from.toString()).param("to", to.toString())).getContentAsString(StandardCharsets.UTF_8));
		assertThat(schema("record-package-schema.json").validate(recordPackage)).isEmpty();
		assertThat(recordPackage.path("records").size()).isEqualTo(expected);
		List<String> missing = new ArrayList<>();
		Set<String> ocids = new HashSet<>();
		for (JsonNode record : recordPackage.path("records")) {
			assertThat(ocids.add(record.path("ocid").asString())).as("unique ocid " + record.path("ocid")).isTrue();
			if (record.path("compiledRelease").path("ocid").asString().isEmpty() || record.path("releases").isEmpty()) {
				missing.add(record.path("ocid").asString());
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void aPeriodWithoutReleasesIsNotFoundRatherThanAnInvalidEmptyPackage() throws Exception {
		MvcResult result = mvc.perform(get("/api/1/procurement/ocds/releases")
			.param("from", "1990-01-01").param("to", "1990-12-31")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResolvedException()).hasMessageContaining("at least one release");
	}

	@Test
	void aBadDateSaysWhichParameterAndWhy() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/1/procurement/ocds/releases").param("from", "2024-13-01"))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("from", "YYYY-MM-DD");
		MockHttpServletResponse reversed = mvc.perform(get("/api/1/procurement/ocds/records").param("from", "2024-02-01")
			.param("to", "2024-01-01")).andReturn().getResponse();
		assertThat(reversed.getStatus()).isEqualTo(400);
		assertThat(reversed.getContentAsString(StandardCharsets.UTF_8)).contains("to");
	}

	@Test
	void theContractsAndTheirFlagsAreOpenDatasetsWithoutHolderNames() throws Exception {
		JsonNode list = json.readTree(mvc.perform(get("/api/1/opendata").param("page_size", "100")).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		List<String> slugs = new ArrayList<>();
		list.path("data").forEach(d -> slugs.add(d.path("slug").asString()));
		assertThat(slugs).contains("marches-publics-contrats", "marches-publics-signaux-contrats",
				"marches-publics-signaux-acheteurs");
		JsonNode rows = json.readTree(mvc.perform(get("/api/1/opendata/marches-publics-contrats/rows")).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(rows.path("total").asLong()).isEqualTo(contracts);
		JsonNode row = rows.path("data").get(0);
		assertThat(row.has("titulaires")).isTrue();
		List<String> columns = new ArrayList<>();
		row.properties().forEach(p -> columns.add(p.getKey()));
		assertThat(columns).noneMatch(c -> c.contains("nom") && !c.equals("acheteur_nom"));
		long flags = jdbc.sql("select count(*) from procurement_flag").query(Long.class).single();
		JsonNode flagRows = json.readTree(mvc.perform(get("/api/1/opendata/marches-publics-signaux-contrats/rows"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(flagRows.path("total").asLong()).isEqualTo(flags).isPositive();
	}

	/** Runs a streamed download: the handler returns at once and the body is written asynchronously. */
	private MockHttpServletResponse streamed(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult started = mvc.perform(request).andReturn();
		assertThat(started.getRequest().isAsyncStarted()).as("streamed asynchronously").isTrue();
		MockHttpServletResponse response = mvc.perform(asyncDispatch(started)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response;
	}

	/** The content of an OCDS 1.1.5 schema from its local copy; {@code null} for any other address. */
	private static String localOcdsSchema(String iri) {
		if (!iri.startsWith(OCDS_SITE)) {
			return null;
		}
		try {
			return Files.readString(OCDS_SCHEMAS.resolve(iri.substring(OCDS_SITE.length())));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Schema schema(String name) {
		return DRAFT_04.getSchema(SchemaLocation.of(OCDS_SITE + name));
	}
}
