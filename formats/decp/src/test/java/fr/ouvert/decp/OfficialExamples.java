package fr.ouvert.decp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The contracts of the official DECP 2.0 examples (test resources {@code fixtures/}), read with {@link DecpReader}:
 * the writers' tests then check a real read → write round trip. Marchés come first, as the writers require.
 */
public final class OfficialExamples {

	/** Two marchés and two concessions that differ only by id, buyer and object. */
	public static final String MARCHES_CONCESSIONS = "official-example-2.0_marches_concessions.json";

	private OfficialExamples() {
	}

	public static List<Contract> contracts() {
		return contracts(MARCHES_CONCESSIONS);
	}

	public static List<Contract> contracts(String fixture) {
		List<Contract> contracts = new ArrayList<>();
		try {
			new DecpReader().read(Fixtures.path(fixture), record -> {
				if (record.status() == DecpRecord.Status.REJECTED) {
					throw new IllegalStateException(record.location() + " rejected: " + record.issues());
				}
				contracts.add(record.contract());
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// the writers take marchés first; the files list concessions first
		contracts.sort(Comparator.comparing(Contract::kind));
		return contracts;
	}
}
