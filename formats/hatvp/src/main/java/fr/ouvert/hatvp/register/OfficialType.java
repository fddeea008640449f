package fr.ouvert.hatvp.register;

import java.util.Optional;

/**
 * The types of public officials interest representation targets (loi 2013-907, art. 18-2), the head of each
 * {@code reponsablesPublics} entry. The list HATVP publishes as open data.
 */
public enum OfficialType {
	MEMBRE_GOUVERNEMENT("Membre du Gouvernement ou membre de cabinet ministériel"),
	PARLEMENTAIRE("Député ; sénateur ; collaborateur parlementaire ou agents des services des assemblées parlementaires"),
	COLLABORATEUR_PRESIDENT("Collaborateur du Président de la République"),
	AUTORITE_INDEPENDANTE("Directeur ou secrétaire général, ou leur adjoint, ou membre du collège ou d'une commission des"
			+ " sanctions d'une autorité administrative ou publique indépendante"),
	EMPLOI_DECISION_GOUVERNEMENT("Titulaire d'un emploi à la décision du Gouvernement");

	/** Truncated labels occur (« …publique indépendant »): this many first characters are enough to tell them apart. */
	private static final int DISTINCTIVE_PREFIX = 40;

	private final String label;

	OfficialType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The type whose label is {@code text}, or a truncation of it, or begins it. */
	public static Optional<OfficialType> ofLabel(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.strip();
		if (wanted.length() < DISTINCTIVE_PREFIX) {
			return Vocabulary.byLabel(values(), OfficialType::label, wanted);
		}
		for (OfficialType type : values()) {
			if (type.label.startsWith(wanted) || wanted.startsWith(type.label)) {
				return Optional.of(type);
			}
		}
		String prefix = wanted.substring(0, DISTINCTIVE_PREFIX);
		for (OfficialType type : values()) {
			if (type.label.startsWith(prefix)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}
}
