package fr.ouvert.procurement.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

	/** The key of a contract with this uid (built without streams: it is computed for every record imported). */
	static String of(String uid, Contract contract) {
		List<String> holders = new ArrayList<>(contract.titulaires().size());
		for (Titulaire titulaire : contract.titulaires()) {
			if (titulaire.id() != null) {
				holders.add(titulaire.id());
			}
		}
		if (holders.size() > 1) {
			Collections.sort(holders);
		}
		LocalDate notified = contract.dateNotification();
		StringBuilder key = new StringBuilder(uid.length() + 48).append(uid).append('|');
		if (notified != null) {
			key.append(notified);
		}
		key.append('|');
		for (int i = 0; i < holders.size(); i++) {
			if (i > 0) {
				key.append(',');
			}
			key.append(holders.get(i));
		}
		return key.append('|').append(plain(contract.montant())).toString();
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
