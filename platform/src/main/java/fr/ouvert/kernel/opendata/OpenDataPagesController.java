package fr.ouvert.kernel.opendata;

import java.util.List;

import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /donnees}: the platform's open datasets, for people (the API serves machines). */
@Controller
class OpenDataPagesController {

	private static final int PREVIEW_ROWS = 10;

	private final OpenDataCatalog catalog;
	private final OpenDataRows rows;

	OpenDataPagesController(OpenDataCatalog catalog, OpenDataRows rows) {
		this.catalog = catalog;
		this.rows = rows;
	}

	@GetMapping("/donnees")
	String list(Model model) {
		model.addAttribute("datasets", catalog.all().stream().map(d -> new ListedDataset(d, rows.version(d))).toList());
		return "kernel/opendata-list";
	}

	@GetMapping("/donnees/{slug}")
	String show(@PathVariable String slug, Model model) {
		OpenDataset dataset = catalog.find(slug).orElseThrow(() -> new NotFoundException("No dataset " + slug));
		model.addAttribute("listed", new ListedDataset(dataset, rows.version(dataset)));
		model.addAttribute("preview", rows.page(dataset, new PageRequest(1, PREVIEW_ROWS)).stream()
			.map(row -> (List<Object>) List.copyOf(row.values().stream().map(v -> v == null ? "" : v).toList()))
			.toList());
		return "kernel/opendata-dataset";
	}
}
