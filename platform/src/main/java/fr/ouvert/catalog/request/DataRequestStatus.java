package fr.ouvert.catalog.request;

import java.util.Arrays;
import java.util.Optional;

/** Where a data request stands: filed, then answered by the administration in one of three ways. */
public enum DataRequestStatus {
	SUBMITTED("submitted"), ACCEPTED("accepted"), REFUSED("refused"), ALREADY_EXISTS("already-exists");

	private final String code;

	DataRequestStatus(String code) {
		this.code = code;
	}

	/** The code used in the database, the API, the open data and message keys. */
	public String code() {
		return code;
	}

	public boolean answered() {
		return this != SUBMITTED;
	}

	public static Optional<DataRequestStatus> of(String code) {
		return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
	}

	static DataRequestStatus fromCode(String code) {
		return of(code).orElseThrow(() -> new IllegalArgumentException("Unknown data request status " + code));
	}
}
