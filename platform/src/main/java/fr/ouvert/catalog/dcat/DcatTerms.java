package fr.ouvert.catalog.dcat;

import java.util.Map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The RDF terms the DCAT mapping reads and writes, with the prefixes used in exports. */
final class DcatTerms {

	static final String DCAT = "http://www.w3.org/ns/dcat#";
	static final String DCT = "http://purl.org/dc/terms/";
	static final String FOAF = "http://xmlns.com/foaf/0.1/";
	static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
	static final String SPDX = "http://spdx.org/rdf/terms#";
	static final String SCHEMA = "http://schema.org/";
	static final String SCHEMA_HTTPS = "https://schema.org/";
	static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
	static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
	static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
	static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
	static final String XSD = "http://www.w3.org/2001/XMLSchema#";

	static final Map<String, String> PREFIXES = Map.of("dcat", DCAT, "dct", DCT, "foaf", FOAF, "hydra", HYDRA, "spdx",
			SPDX, "xsd", XSD, "rdf", RDF);

	static final Resource CATALOG = type(DCAT, "Catalog");
	static final Resource DATASET = type(DCAT, "Dataset");
	static final Resource DISTRIBUTION = type(DCAT, "Distribution");
	static final Resource ORGANIZATION = type(FOAF, "Organization");
	static final Resource PERIOD_OF_TIME = type(DCT, "PeriodOfTime");
	static final Resource LOCATION = type(DCT, "Location");
	static final Resource LICENSE_DOCUMENT = type(DCT, "LicenseDocument");
	static final Resource FREQUENCY = type(DCT, "Frequency");
	static final Resource MEDIA_TYPE = type(DCT, "MediaType");
	static final Resource STANDARD = type(DCT, "Standard");
	static final Resource CHECKSUM = type(SPDX, "Checksum");
	static final Resource COLLECTION = type(HYDRA, "Collection");
	static final Resource PARTIAL_COLLECTION_VIEW = type(HYDRA, "PartialCollectionView");
	static final Resource PAGED_COLLECTION = type(HYDRA, "PagedCollection");

	static final Property TYPE = property(RDF, "type");
	static final Property VALUE = property(RDF, "value");
	static final Property LABEL = property(RDFS, "label");
	static final Property PREF_LABEL = property(SKOS, "prefLabel");

	static final Property DATASET_LINK = property(DCAT, "dataset");
	static final Property DISTRIBUTION_LINK = property(DCAT, "distribution");
	static final Property KEYWORD = property(DCAT, "keyword");
	static final Property THEME = property(DCAT, "theme");
	static final Property LANDING_PAGE = property(DCAT, "landingPage");
	static final Property DOWNLOAD_URL = property(DCAT, "downloadURL");
	static final Property ACCESS_URL = property(DCAT, "accessURL");
	static final Property MEDIA_TYPE_LINK = property(DCAT, "mediaType");
	static final Property BYTE_SIZE = property(DCAT, "byteSize");
	static final Property START_DATE = property(DCAT, "startDate");
	static final Property END_DATE = property(DCAT, "endDate");

	static final Property IDENTIFIER = property(DCT, "identifier");
	static final Property TITLE = property(DCT, "title");
	static final Property DESCRIPTION = property(DCT, "description");
	static final Property ABSTRACT = property(DCT, "abstract");
	static final Property LICENSE = property(DCT, "license");
	static final Property RIGHTS = property(DCT, "rights");
	static final Property ACCRUAL_PERIODICITY = property(DCT, "accrualPeriodicity");
	static final Property TEMPORAL = property(DCT, "temporal");
	static final Property SPATIAL = property(DCT, "spatial");
	static final Property ISSUED = property(DCT, "issued");
	static final Property MODIFIED = property(DCT, "modified");
	static final Property PUBLISHER = property(DCT, "publisher");
	static final Property FORMAT = property(DCT, "format");
	static final Property CONFORMS_TO = property(DCT, "conformsTo");
	static final Property DCT_TYPE = property(DCT, "type");

	static final Property FOAF_NAME = property(FOAF, "name");
	static final Property HOMEPAGE = property(FOAF, "homepage");
	static final Property VCARD_FN = property(VCARD, "fn");

	static final Property SCHEMA_START_DATE = property(SCHEMA, "startDate");
	static final Property SCHEMA_END_DATE = property(SCHEMA, "endDate");
	static final Property SCHEMA_HTTPS_START_DATE = property(SCHEMA_HTTPS, "startDate");
	static final Property SCHEMA_HTTPS_END_DATE = property(SCHEMA_HTTPS, "endDate");

	static final Property CHECKSUM_LINK = property(SPDX, "checksum");
	static final Property ALGORITHM = property(SPDX, "algorithm");
	static final Property CHECKSUM_VALUE = property(SPDX, "checksumValue");

	static final Property TOTAL_ITEMS = property(HYDRA, "totalItems");
	static final Property VIEW = property(HYDRA, "view");
	static final Property FIRST = property(HYDRA, "first");
	static final Property LAST = property(HYDRA, "last");
	static final Property NEXT = property(HYDRA, "next");
	static final Property PREVIOUS = property(HYDRA, "previous");
	static final Property NEXT_PAGE = property(HYDRA, "nextPage");

	private DcatTerms() {
	}

	private static Resource type(String namespace, String name) {
		return ResourceFactory.createResource(namespace + name);
	}

	private static Property property(String namespace, String name) {
		return ResourceFactory.createProperty(namespace, name);
	}
}
