package fr.ouvert.decp;

/** The two generations of the DECP formats a record was published in. */
public enum Generation {
	/** Schemas 1.x (arrêtés of 2017 and 2019): contracts notified until 2023-12-31. */
	DECP_2019("1.5.0"),
	/** Schemas 2.0.x (arrêtés of 22 December 2022): contracts notified from 2024-01-01. */
	DECP_2022("2.0.3");

	private final String schemaVersion;

	Generation(String schemaVersion) {
		this.schemaVersion = schemaVersion;
	}

	/** The latest version of the generation's schema, the one records are validated against. */
	public String schemaVersion() {
		return schemaVersion;
	}
}
