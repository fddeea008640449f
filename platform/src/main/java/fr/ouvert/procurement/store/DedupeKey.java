package fr.ouvert.procurement.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;

import fr.ouvert.decp.Contract;
import fr.ouvert.decp.Titulaire;

/**
 * The key under which two published records are the same contract:
 * {@code uid | dateNotification | sorted holder ids | initial montant}. The amount is written plainly without
 * trailing zeros, so that {@code 1000}, {@code 1000.0} and {@code 1E+3} give one key.
 */
final class DedupeKey {

	private DedupeKey() {
	}

	/** The key, or {@code null} when the contract has no uid (no buyer or no id). */
	static String of(Contract contract) {
		String uid = contract.uid();
		if (uid == null) {
			return null;
		}
		LocalDate notified = contract.dateNotification();
		String holders = contract.titulaires()
			.stream()
			.map(Titulaire::id)
			.filter(Objects::nonNull)
			.sorted()
			.collect(Collectors.joining(","));
		return uid + '|' + (notified == null ? "" : notified.toString()) + '|' + holders + '|' + plain(contract.montant());
	}

	static String plain(BigDecimal amount) {
		return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
	}

	/** A 64-bit hash of a key (FNV-1a), for the in-memory index: a hit is confirmed against the stored key. */
	static long hash(String key) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash ^= key.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}
}
