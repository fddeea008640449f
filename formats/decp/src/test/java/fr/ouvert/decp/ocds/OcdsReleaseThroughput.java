package fr.ouvert.decp.ocds;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import fr.ouvert.decp.Contract;
import fr.ouvert.decp.OfficialExamples;

/**
 * Measures how many releases per second {@link OcdsReleasePackageWriter} streams (target: 50 000), writing the
 * official examples' contracts over and over to a discarding stream. Not a test: run it by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:<deps> fr.ouvert.decp.ocds.OcdsReleaseThroughput 2000000}.
 */
public final class OcdsReleaseThroughput {

	private OcdsReleaseThroughput() {
	}

	public static void main(String[] args) {
		int releases = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		List<Contract> contracts = OfficialExamples.contracts();
		for (int round = 1; round <= 3; round++) {
			long start = System.nanoTime();
			int written = 0;
			try (OcdsReleasePackageWriter writer = new OcdsReleasePackageWriter(OutputStream.nullOutputStream(),
					OcdsReleasePackageWriterTest.OPTIONS, Instant.now())) {
				while (written < releases) {
					for (Contract contract : contracts) {
						writer.write(contract);
						written += contract.modifications().size() + 1;
					}
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("round %d: %d releases in %.2f s = %.0f releases/s%n", round, written, seconds,
					written / seconds);
		}
	}
}
