package fr.ouvert.hatvp.register;

/**
 * A value of one of HATVP's fixed lists ({@code listSecteursActivites}, {@code listNiveauIntervention}): its code
 * is the constant's name, its rank HATVP's order from 1, as the register's {@code ElementListe} carries them.
 */
public interface ListItem {

	String name();

	int ordinal();

	String label();

	default String code() {
		return name();
	}

	/** HATVP's rank, from 1. */
	default int ordre() {
		return ordinal() + 1;
	}

	default ElementListe asElement() {
		return new ElementListe(code(), label(), ordre(), null);
	}
}
