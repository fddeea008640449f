package fr.ouvert.catalog.dcat;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

import fr.ouvert.catalog.domain.DatasetDescription;

/**
 * One page of a catalog to export as DCAT.
 *
 * @param catalogUri the URI of the whole catalog (the Hydra collection), the same on every page
 * @param publisherName the organisation that publishes the catalog (the platform or an organisation)
 * @param homepage the human page of the catalog
 * @param datasets the datasets of this page, at most {@code pageSize}
 * @param page the page number, from 1
 * @param total the number of datasets in the whole catalog
 * @param pageUrl the URL of a page given its number
 */
public record CatalogPage(String catalogUri, String title, String description, String publisherName, String homepage,
		List<DatasetDescription> datasets, int page, int pageSize, long total, IntFunction<String> pageUrl) {

	public CatalogPage {
		Objects.requireNonNull(catalogUri, "catalogUri");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(pageUrl, "pageUrl");
		datasets = List.copyOf(datasets);
		if (page < 1 || pageSize < 1 || total < 0) {
			throw new IllegalArgumentException(
					"page " + page + ", page size " + pageSize + ", total " + total + ": expected page and size >= 1, total >= 0");
		}
	}

	public int lastPage() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}
}
