package fr.ouvert.kernel.opendata;

import java.util.Arrays;
import java.util.Optional;

/**
 * The licences a dataset may carry — the platform's own open datasets and the catalogue's — with
 * udata's identifiers, so that data.gouv.fr clients read them as they are.
 */
public enum Licence {
	LICENCE_OUVERTE_2("lov2", "Licence Ouverte / Open Licence version 2.0",
			"https://www.etalab.gouv.fr/licence-ouverte-open-licence/", true),
	/** Version 1.0 (2011), still on many harvested datasets. */
	LICENCE_OUVERTE_1("fr-lo", "Licence Ouverte / Open Licence",
			"https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf", true),
	ODBL("odc-odbl", "Open Data Commons Open Database License (ODbL)", "https://opendatacommons.org/licenses/odbl/1-0/",
			true),
	CC_BY("cc-by", "Creative Commons Attribution", "https://creativecommons.org/licenses/by/4.0/", true),
	CC_BY_SA("cc-by-sa", "Creative Commons Attribution Share-Alike", "https://creativecommons.org/licenses/by-sa/4.0/",
			true),
	CC0("cc-zero", "Creative Commons CCZero", "https://creativecommons.org/publicdomain/zero/1.0/", true),
	OTHER("other-open", "Autre licence ouverte", null, true),
	NOT_SPECIFIED("notspecified", "Licence non spécifiée", null, false);

	private final String id;
	private final String title;
	private final String url;
	private final boolean open;

	Licence(String id, String title, String url, boolean open) {
		this.id = id;
		this.title = title;
		this.url = url;
		this.open = open;
	}

	public String id() {
		return id;
	}

	public String title() {
		return title;
	}

	/** The licence text, or {@code null} for generic entries. */
	public String url() {
		return url;
	}

	public boolean open() {
		return open;
	}

	public static Optional<Licence> of(String id) {
		return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
	}
}
