package fr.ouvert.decp;

import java.util.List;

/**
 * One record read from a DECP file, with what the reader found in it. Nothing is dropped silently: every record
 * of a file gives one {@code DecpRecord}, accepted, accepted with corrections, or rejected with its reasons.
 *
 * @param file the file's name, as given to the reader
 * @param index the record's rank in the file, from 1
 * @param contract the contract read, normalised; {@code null} only when nothing usable could be read
 * @param issues what was corrected, what breaks a rule, what made the record rejected
 * @param fingerprint a hash of the record's content as published, equal for exact duplicates
 */
public record DecpRecord(String file, long index, Contract contract, List<Issue> issues, String fingerprint) {

	public enum Status { ACCEPTED, CORRECTED, REJECTED }

	public DecpRecord {
		issues = List.copyOf(issues);
	}

	public Status status() {
		if (contract == null || issues.stream().anyMatch(i -> i.severity() == Issue.Severity.REJECTED)) {
			return Status.REJECTED;
		}
		return issues.stream().anyMatch(i -> i.severity() == Issue.Severity.CORRECTED) ? Status.CORRECTED
				: Status.ACCEPTED;
	}

	/** Where the record is, for messages: {@code aife.json, enregistrement 12}. */
	public String location() {
		return file + ", enregistrement " + index;
	}
}
