package fr.ouvert.decp.ocds;

import java.io.Closeable;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;

import fr.ouvert.decp.Contract;
import tools.jackson.core.JsonGenerator;

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
		this.fallbackDate = OcdsPackages.fallbackDate(publishedDate);
		this.json = OcdsPackages.open(out, options, publishedDate, "releases");
	}

	/** Writes every release of the contract, under the ocid {@code {prefix}-{uid}}. */
	public void write(Contract contract) {
		write(contract, null, null, null);
	}

	/**
	 * Writes the releases of the contract dated from {@code from} to {@code to} (inclusive; {@code null} leaves
	 * the bound open). A release is dated by its version's publication date.
	 *
	 * @param processId the key of the contracting process in the ocid ({@code {prefix}-{processId}}); {@code null}
	 *        for the contract's uid. A publisher holding two contracts with the same uid gives each its own.
	 */
	public void write(Contract contract, String processId, LocalDate from, LocalDate to) {
		for (OcdsMapping.Release release : OcdsMapping.releases(options.ocidPrefix(), contract, processId,
				fallbackDate)) {
			if ((from == null || !release.date().isBefore(from)) && (to == null || !release.date().isAfter(to))) {
				OcdsMapping.write(json, release);
			}
		}
	}

	@Override
	public void close() {
		OcdsPackages.close(json);
	}
}
