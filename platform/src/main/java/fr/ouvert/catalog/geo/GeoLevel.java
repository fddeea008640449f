package fr.ouvert.catalog.geo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The levels of the French official geography, with udata's level ids. Declared from the largest to
 * the smallest: a zone's ancestors are of earlier levels.
 */
public enum GeoLevel {
	COUNTRY("country"),
	REGION("fr:region"),
	/** Collectivités d'outre-mer (Saint-Pierre-et-Miquelon, Polynésie française…), neither régions nor départements. */
	COLLECTIVITE("fr:collectivite"),
	DEPARTEMENT("fr:departement"),
	EPCI("fr:epci"),
	COMMUNE("fr:commune");

	private final String id;

	GeoLevel(String id) {
		this.id = id;
	}

	/** udata's id of the level, also the prefix of its zones' ids ({@code fr:commune} → {@code fr:commune:35238}). */
	public String id() {
		return id;
	}

	/** The key of the level's name in the {@code catalog-geo} messages. */
	public String messageKey() {
		return "catalog.geo.level." + name().toLowerCase(Locale.ROOT);
	}

	/** The id of this level's zone of the given code. */
	public String zoneId(String code) {
		return id + ":" + code;
	}

	public static Optional<GeoLevel> of(String id) {
		return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
	}
}
