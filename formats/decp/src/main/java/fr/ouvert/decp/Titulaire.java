package fr.ouvert.decp;

/**
 * A holder of a contract (titulaire of a marché, concessionnaire of a concession) or a subcontractor.
 *
 * @param typeIdentifiant {@code SIRET}, {@code TVA}, {@code TAHITI}, {@code RIDET}, {@code FRWF}, {@code IREP},
 *        {@code UE} or {@code HORS-UE}, normalised
 * @param id the identifier, digits only for a SIRET
 * @param denominationSociale the name, published by the 2019 format only; {@code null} otherwise
 */
public record Titulaire(String typeIdentifiant, String id, String denominationSociale) {

	public boolean isSiret() {
		return "SIRET".equals(typeIdentifiant);
	}

	/** The SIREN (first nine digits) of a SIRET holder, {@code null} for other identifiers. */
	public String siren() {
		return isSiret() && id != null && id.length() == 14 ? id.substring(0, 9) : null;
	}
}
