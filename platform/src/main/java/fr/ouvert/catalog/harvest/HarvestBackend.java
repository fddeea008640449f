package fr.ouvert.catalog.harvest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.ouvert.catalog.dcat.DcatReader;
import fr.ouvert.catalog.domain.DatasetDescription;

/**
 * The kinds of remote catalogs an organisation can harvest from, each with its reader. The source
 * URL is the first page: a DCAT catalog ({@code …/catalog.rdf}), a udata dataset listing
 * ({@code …/api/1/datasets/?organization=…}) or a CKAN search
 * ({@code …/api/3/action/package_search?fq=organization:…&rows=100}); the next pages are
 * followed from what each page says.
 */
public enum HarvestBackend {
	DCAT("application/rdf+xml, text/turtle;q=0.9, application/ld+json;q=0.9, application/n-triples;q=0.8, */*;q=0.1") {
		@Override
		HarvestedPage read(RemoteCatalogClient.RemoteDocument document) {
			return DcatReader.read(document.body(), document.contentType(), document.url());
		}
	},
	UDATA("application/json") {
		@Override
		HarvestedPage read(RemoteCatalogClient.RemoteDocument document) {
			return UdataReader.read(document.body(), document.url());
		}
	},
	CKAN("application/json") {
		@Override
		HarvestedPage read(RemoteCatalogClient.RemoteDocument document) {
			return CkanReader.read(document.body(), document.url());
		}
	};

	/** Enough for 100 000 datasets at 100 a page. */
	public static final int DEFAULT_MAX_PAGES = 1000;

	private final String accept;

	HarvestBackend(String accept) {
		this.accept = accept;
	}

	abstract HarvestedPage read(RemoteCatalogClient.RemoteDocument document);

	/**
	 * Reads every page from {@code sourceUrl} on, at most {@code maxPages}; a page seen twice ends
	 * the walk, and a dataset seen twice is kept once, each with a warning.
	 *
	 * @throws RemoteCatalogException when a page cannot be fetched
	 * @throws HarvestFormatException when a page cannot be read
	 */
	public HarvestResult harvest(String sourceUrl, RemoteCatalogClient client, int maxPages)
			throws RemoteCatalogException {
		List<DatasetDescription> datasets = new ArrayList<>();
		List<HarvestWarning> warnings = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Set<String> remoteIds = new HashSet<>();
		String url = sourceUrl;
		int pages = 0;
		while (url != null) {
			if (pages == maxPages) {
				warnings.add(new HarvestWarning(sourceUrl, url, null,
						"stopped after " + maxPages + " pages: the next pages were not read"));
				return new HarvestResult(datasets, warnings, pages, false);
			}
			if (!seen.add(url)) {
				warnings.add(new HarvestWarning(sourceUrl, url, null, "page already read: the walk stops there"));
				break;
			}
			HarvestedPage page = read(client.fetch(url, accept));
			pages++;
			warnings.addAll(page.warnings());
			for (DatasetDescription dataset : page.datasets()) {
				// a listing that shifts while it is walked repeats datasets: keep the first one read
				if (remoteIds.add(dataset.remoteId())) {
					datasets.add(dataset);
				}
				else {
					warnings.add(new HarvestWarning(url, dataset.remoteId(), null,
							"dataset already read on an earlier page: this copy is ignored"));
				}
			}
			url = page.nextPageUrl();
		}
		return new HarvestResult(datasets, warnings, pages, true);
	}
}
