package fr.ouvert.decp.ocds;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.ouvert.decp.Contract;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams an OCDS 1.1 record package: one record per contract, with its releases embedded and its
 * {@code compiledRelease} ({@link OcdsMerge#OCDS_1_1_5}). Records are written one after the other; only one
 * contract's releases are held in memory at a time.
 *
 * <p>{@link #close()} ends the package and closes the stream.
 */
public final class OcdsRecordPackageWriter implements Closeable {

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private final OcdsOptions options;
	private final LocalDate fallbackDate;
	private final JsonGenerator json;

	public OcdsRecordPackageWriter(OutputStream out, OcdsOptions options, Instant publishedDate) {
		this.options = options;
		this.fallbackDate = OcdsPackages.fallbackDate(publishedDate);
		this.json = OcdsPackages.open(out, options, publishedDate, "records");
	}

	/** Writes the record of one contract, under the ocid {@code {prefix}-{uid}}. */
	public void write(Contract contract) {
		write(contract, null);
	}

	/**
	 * Writes the record of one contract.
	 *
	 * @param processId the key of the contracting process in the ocid, {@code null} for the contract's uid (see
	 *        {@link OcdsReleasePackageWriter#write(Contract, String, LocalDate, LocalDate)})
	 */
	public void write(Contract contract, String processId) {
		List<JsonNode> releases = new ArrayList<>();
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
		for (OcdsMapping.Release release : OcdsMapping.releases(options.ocidPrefix(), contract, processId, fallbackDate)) {
			buffer.reset();
			try (JsonGenerator releaseJson = OcdsPackages.JSON.createGenerator(ObjectWriteContext.empty(), buffer)) {
				OcdsMapping.write(releaseJson, release);
			}
			releases.add(MAPPER.readTree(buffer.toByteArray()));
		}
		json.writeStartObject();
		json.writeStringProperty("ocid", OcdsMapping.ocid(options.ocidPrefix(), contract, processId));
		json.writeName("releases");
		json.writeStartArray();
		for (JsonNode release : releases) {
			MAPPER.writeTree(json, release);
		}
		json.writeEndArray();
		json.writeName("compiledRelease");
		MAPPER.writeTree(json, OcdsMerge.OCDS_1_1_5.compile(releases));
		json.writeEndObject();
	}

	@Override
	public void close() {
		OcdsPackages.close(json);
	}
}
