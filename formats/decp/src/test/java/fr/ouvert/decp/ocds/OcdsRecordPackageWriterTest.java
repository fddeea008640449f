package fr.ouvert.decp.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import fr.ouvert.decp.OfficialExamples;
import fr.ouvert.decp.Schemas;
import tools.jackson.databind.JsonNode;

class OcdsRecordPackageWriterTest {

	@Test
	void oneRecordPerContractWithItsReleasesAndCompiledReleaseValidAgainstOcds115() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OcdsRecordPackageWriter writer = new OcdsRecordPackageWriter(out, OcdsReleasePackageWriterTest.OPTIONS,
				OcdsReleasePackageWriterTest.PUBLISHED)) {
			OfficialExamples.contracts().forEach(writer::write);
		}
		JsonNode written = Schemas.MAPPER.readTree(out.toByteArray());

		assertThat(Schemas.recordPackageErrors(written)).isEmpty();
		JsonNode records = written.get("records");
		assertThat(records).hasSize(4);
		JsonNode record = records.get(0);
		assertThat(record.get("ocid").asString()).isEqualTo("ocds-t3stfr-21750001630066TEST2022");
		assertThat(record.get("releases")).hasSize(2);
		JsonNode compiled = record.get("compiledRelease");
		assertThat(compiled.get("tag").get(0).asString()).isEqualTo("compiled");
		assertThat(compiled.get("contracts").get(0).get("value").get("amount").decimalValue())
				.as("the current amount, from the modification's release").isEqualByComparingTo("123457.87");
		assertThat(compiled.get("awards")).hasSize(2);
		assertThat(compiled.get("awards").get(0).get("value").get("amount").decimalValue())
				.isEqualByComparingTo("575000");
	}
}
