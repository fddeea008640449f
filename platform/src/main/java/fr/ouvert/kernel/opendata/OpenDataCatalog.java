package fr.ouvert.kernel.opendata;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.kernel.web.OuvertModule;

import org.springframework.stereotype.Component;

/** Every dataset declared by the modules, by slug. */
@Component
public class OpenDataCatalog {

	private final Map<String, OpenDataset> datasets = new LinkedHashMap<>();

	OpenDataCatalog(List<OuvertModule> modules) {
		modules.stream()
			.sorted(Comparator.comparingInt(OuvertModule::order))
			.flatMap(m -> m.datasets().stream())
			.forEach(d -> {
				if (datasets.putIfAbsent(d.slug(), d) != null) {
					throw new IllegalStateException("Two datasets use the slug " + d.slug());
				}
			});
	}

	public List<OpenDataset> all() {
		return List.copyOf(datasets.values());
	}

	public Optional<OpenDataset> find(String slug) {
		return Optional.ofNullable(datasets.get(slug));
	}
}
