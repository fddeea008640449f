package fr.ouvert.hatvp.declarations;

import java.util.List;

/**
 * One section of a declaration ({@code mandatElectifDto}, {@code participationFinanciereDto}…): its items, and
 * whether the declarant ticked "néant".
 *
 * @param name the element name as published
 * @param neant the {@code neant} flag (false when absent)
 */
public record Section(String name, boolean neant, List<Item> items) {

	public Section {
		items = List.copyOf(items);
	}

	/** The section's description, or null for a section this library does not describe (asset sections). */
	public SectionKind kind() {
		return SectionKind.of(name).orElse(null);
	}
}
