package fr.ouvert.catalog.geo;

import java.util.List;

/**
 * A zone of the French official geography.
 *
 * @param id udata's GeoZone id, {@code fr:commune:35238}
 * @param code the official code: INSEE code of a commune, département or région, SIREN of an EPCI
 * @param parents the ids of every zone containing this one, the country included
 * @param population the legal population, summed over the communes for régions and départements;
 *     {@code null} where the source gives none
 */
public record GeoZone(String id, GeoLevel level, String code, String name, List<String> parents, Long population) {

	public GeoZone {
		parents = List.copyOf(parents);
	}

	/**
	 * The name to show in a list: a commune with the code of its département or collectivité
	 * ({@code Rennes (35)}), a département with its code ({@code Ille-et-Vilaine (35)}), other zones by
	 * name alone.
	 */
	public String label() {
		return switch (level) {
			case DEPARTEMENT -> name + " (" + code + ")";
			case COMMUNE -> parents.stream()
				.filter(p -> p.startsWith(GeoLevel.DEPARTEMENT.id() + ":") || p.startsWith(GeoLevel.COLLECTIVITE.id() + ":"))
				.findFirst()
				.map(p -> name + " (" + p.substring(p.lastIndexOf(':') + 1) + ")")
				.orElse(name);
			default -> name;
		};
	}
}
