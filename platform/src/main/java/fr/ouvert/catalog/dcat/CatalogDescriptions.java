package fr.ouvert.catalog.dcat;

import java.util.List;

import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetDescription;
import fr.ouvert.catalog.domain.Resource;
import fr.ouvert.kernel.config.OuvertProperties;

import org.springframework.stereotype.Component;

/** The platform's datasets as descriptions to export: absolute URLs, ids as remote ids. */
@Component
public class CatalogDescriptions {

	private final String baseUrl;

	CatalogDescriptions(OuvertProperties properties) {
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	public DatasetDescription of(Dataset d, List<Resource> resources) {
		List<DatasetDescription.ResourceDescription> distributions = resources.stream()
			.map(r -> new DatasetDescription.ResourceDescription(r.id().toString(), r.title(), r.description(),
					absolute(r.url()), r.type(), r.format(), r.mime(), r.filesize(), r.checksumType(), r.checksumValue(),
					r.lastModified(), r.schemaName(), r.schemaVersion(), r.checkAvailable()))
			.toList();
		return new DatasetDescription(d.id().toString(), baseUrl + "/api/1/datasets/" + d.id() + "/", d.slug(), d.title(),
				d.acronym(), d.description(), d.tags(), d.licence(), d.frequency(), d.temporalStart(), d.temporalEnd(),
				d.spatialZones(), d.spatialGranularity(), d.createdAt(), d.lastUpdate(), baseUrl + d.path(),
				d.organisationName(), distributions);
	}

	public String absolute(String url) {
		return url.startsWith("/") ? baseUrl + url : url;
	}
}
