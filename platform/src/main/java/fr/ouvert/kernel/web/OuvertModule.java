package fr.ouvert.kernel.web;

import java.util.List;

import fr.ouvert.kernel.opendata.OpenDataset;

/**
 * What a module plugs into the platform, declared in one bean: its navigation entries, its open
 * datasets and the types of records other modules may link to (comment on, cite). The kernel loops
 * over these descriptors and never names a module.
 */
public interface OuvertModule {

	/** Position in the navigation and on the home page. */
	default int order() {
		return 100;
	}

	default List<NavEntry> navigation() {
		return List.of();
	}

	default List<OpenDataset> datasets() {
		return List.of();
	}

	default List<LinkableType> linkableTypes() {
		return List.of();
	}
}
