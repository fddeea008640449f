package fr.ouvert.decp;

/**
 * Works, supplies or services: the main category of a contract, derived from the division (first two digits) of
 * its CPV code as decp-processing does (45 works; 01 to 44 and 48 supplies; 50 to 98 services), or for a
 * concession from its nature (Concession de travaux: works; the others: services).
 */
public enum ProcurementCategory {
	WORKS("Travaux", "works"),
	SUPPLIES("Fournitures", "goods"),
	SERVICES("Services", "services");

	private final String label;
	private final String ocdsCode;

	ProcurementCategory(String label, String ocdsCode) {
		this.label = label;
		this.ocdsCode = ocdsCode;
	}

	/** The French label, as in decp-processing's {@code type} column. */
	public String label() {
		return label;
	}

	/** The OCDS {@code procurementCategory} code. */
	public String ocdsCode() {
		return ocdsCode;
	}

	/** The contract's category, {@code null} when its CPV code (or concession nature) does not tell. */
	public static ProcurementCategory of(Contract contract) {
		if (contract.kind() == ContractKind.CONCESSION) {
			if (contract.nature() == null) {
				return null;
			}
			return "Concession de travaux".equals(contract.nature()) ? WORKS : SERVICES;
		}
		return fromCpv(contract.codeCpv());
	}

	/** The category of a CPV code, {@code null} when the code does not start with a known division. */
	public static ProcurementCategory fromCpv(String cpv) {
		if (cpv == null || cpv.length() < 2 || !Character.isDigit(cpv.charAt(0)) || !Character.isDigit(cpv.charAt(1))) {
			return null;
		}
		int division = Integer.parseInt(cpv.substring(0, 2));
		if (division == 45) {
			return WORKS;
		}
		if (division >= 1 && division <= 44 || division == 48) {
			return SUPPLIES;
		}
		if (division >= 50 && division <= 98) {
			return SERVICES;
		}
		return null;
	}
}
