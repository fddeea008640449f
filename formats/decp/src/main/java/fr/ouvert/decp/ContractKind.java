package fr.ouvert.decp;

/** The two kinds of contract the DECP publish, with the {@code _type} label of the 2019 format. */
public enum ContractKind {
	MARCHE("Marché"),
	CONCESSION("Contrat de concession");

	private final String label;

	ContractKind(String label) {
		this.label = label;
	}

	/** The 2019 format's {@code _type} value. */
	public String label() {
		return label;
	}
}
