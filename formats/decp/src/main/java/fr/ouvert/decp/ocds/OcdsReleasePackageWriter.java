package fr.ouvert.decp.ocds;

import java.io.Closeable;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import fr.ouvert.decp.Contract;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Streams an OCDS 1.1 release package: one release per version of each contract written (the initial data,
 * then each modification), straight to the generator, without building a tree.
 *
 * <p>A package with no release is not valid OCDS ({@code releases} needs one item): write at least one contract.
 * {@link #close()} ends the package and closes the stream.
 */
public final class OcdsReleasePackageWriter implements Closeable {

	private final OcdsOptions options;
	private final LocalDate fallbackDate;
	private final JsonGenerator json;

	public OcdsReleasePackageWriter(OutputStream out, OcdsOptions options, Instant publishedDate) {
		this.options = options;
		this.fallbackDate = LocalDate.ofInstant(publishedDate, ZoneId.of("Europe/Paris"));
		json = OcdsPackages.JSON.createGenerator(ObjectWriteContext.empty(), out);
		json.writeStartObject();
		OcdsPackages.writeMetadata(json, options, publishedDate);
		json.writeName("releases");
		json.writeStartArray();
	}

	/** Writes every release of the contract. */
	public void write(Contract contract) {
		write(contract, null, null);
	}

	/**
	 * Writes the releases of the contract dated from {@code from} to {@code to} (inclusive; {@code null} leaves
	 * the bound open). A release is dated by its version's publication date.
	 */
	public void write(Contract contract, LocalDate from, LocalDate to) {
		for (OcdsMapping.Release release : OcdsMapping.releases(options.ocidPrefix(), contract, fallbackDate)) {
			if ((from == null || !release.date().isBefore(from)) && (to == null || !release.date().isAfter(to))) {
				OcdsMapping.write(json, release);
			}
		}
	}

	@Override
	public void close() {
		json.writeEndArray();
		json.writeEndObject();
		json.close();
	}
}
