package fr.ouvert.catalog.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.ouvert.catalog.domain.DatasetSearch;
import fr.ouvert.kernel.opendata.Paged;

/**
 * udata's search envelope: the list envelope plus {@code facets} when asked for, each facet a
 * list of values with their counts over the whole result (not only this page).
 */
record DatasetPage(List<DatasetJson> data, int page, int pageSize, long total, String nextPage,
		String previousPage, @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<DatasetSearch.FacetValue>> facets) {

	static DatasetPage of(Paged<DatasetJson> paged, Map<String, List<DatasetSearch.FacetValue>> facets) {
		return new DatasetPage(paged.data(), paged.page(), paged.pageSize(), paged.total(), paged.nextPage(),
				paged.previousPage(), facets);
	}
}
