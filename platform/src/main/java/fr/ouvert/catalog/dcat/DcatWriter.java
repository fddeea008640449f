package fr.ouvert.catalog.dcat;

import static fr.ouvert.catalog.dcat.DcatTerms.*;

import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;

import fr.ouvert.catalog.domain.DatasetDescription;
import fr.ouvert.catalog.domain.DatasetDescription.ResourceDescription;
import fr.ouvert.catalog.domain.Frequency;
import fr.ouvert.kernel.opendata.Licence;

/**
 * Writes a catalog page as DCAT-AP (2 and 3 share these terms) with Hydra paging, the way udata
 * pages its {@code /catalog}: the {@code dcat:Catalog} is also a {@code hydra:Collection} with
 * {@code hydra:totalItems}, and its {@code hydra:view} is the page, a
 * {@code hydra:PartialCollectionView} with first, previous, next and last. The mapping is in
 * {@code docs/modules/catalog-dcat-harvest.md}.
 */
public final class DcatWriter {

	private DcatWriter() {
	}

	public static void write(CatalogPage page, RdfFormat format, OutputStream out) {
		RDFDataMgr.write(out, toModel(page), format.jenaFormat());
	}

	/** The page as an RDF graph, for callers that want to add to it or serialise it otherwise. */
	public static Model toModel(CatalogPage page) {
		Model model = ModelFactory.createDefaultModel();
		model.setNsPrefixes(PREFIXES);
		String origin = DcatCodes.origin(page.catalogUri());
		Resource catalog = model.createResource(page.catalogUri()).addProperty(TYPE, CATALOG).addProperty(TYPE, COLLECTION);
		catalog.addProperty(TITLE, page.title());
		catalog.addProperty(DESCRIPTION, page.description() == null ? page.title() : page.description());
		if (page.publisherName() != null) {
			catalog.addProperty(PUBLISHER, organization(model, page.publisherName()));
		}
		if (page.homepage() != null) {
			catalog.addProperty(HOMEPAGE, model.createResource(page.homepage()));
		}
		for (DatasetDescription dataset : page.datasets()) {
			catalog.addProperty(DATASET_LINK, dataset(model, origin, dataset));
		}
		catalog.addLiteral(TOTAL_ITEMS, model.createTypedLiteral(BigInteger.valueOf(page.total())));
		Resource view = model.createResource(page.pageUrl().apply(page.page())).addProperty(TYPE, PARTIAL_COLLECTION_VIEW);
		catalog.addProperty(VIEW, view);
		view.addProperty(FIRST, model.createResource(page.pageUrl().apply(1)));
		view.addProperty(LAST, model.createResource(page.pageUrl().apply(page.lastPage())));
		if (page.page() > 1) {
			view.addProperty(PREVIOUS, model.createResource(page.pageUrl().apply(Math.min(page.page() - 1, page.lastPage()))));
		}
		if (page.page() < page.lastPage()) {
			view.addProperty(NEXT, model.createResource(page.pageUrl().apply(page.page() + 1)));
		}
		return model;
	}

	private static Resource dataset(Model model, String origin, DatasetDescription d) {
		Resource dataset = (d.uri() == null ? model.createResource() : model.createResource(d.uri())).addProperty(TYPE,
				DATASET);
		addString(dataset, IDENTIFIER, d.remoteId());
		addString(dataset, TITLE, d.title());
		addString(dataset, DESCRIPTION, d.description());
		d.tags().forEach(tag -> dataset.addProperty(KEYWORD, tag));
		Licence licence = Licence.of(d.licence()).orElse(Licence.NOT_SPECIFIED);
		if (licence.url() != null) {
			dataset.addProperty(LICENSE, model.createResource(licence.url()).addProperty(TYPE, LICENSE_DOCUMENT));
		}
		else {
			// udata's way for generic entries: the licence's title as rights statement
			dataset.addProperty(RIGHTS, licence.title());
		}
		Frequency.of(d.frequency())
			.ifPresent(f -> dataset.addProperty(ACCRUAL_PERIODICITY,
					model.createResource(FrequencyVocabulary.euUri(f).orElse(DcatCodes.frequencyUri(origin, f.code())))
						.addProperty(TYPE, FREQUENCY)));
		if (d.temporalStart() != null || d.temporalEnd() != null) {
			Resource period = model.createResource().addProperty(TYPE, PERIOD_OF_TIME);
			addDate(period, START_DATE, d.temporalStart());
			addDate(period, END_DATE, d.temporalEnd());
			dataset.addProperty(TEMPORAL, period);
		}
		d.spatialZones()
			.forEach(zone -> dataset.addProperty(SPATIAL,
					model.createResource(DcatCodes.zoneUri(origin, zone)).addProperty(TYPE, LOCATION)));
		addInstant(dataset, ISSUED, d.createdAt());
		addInstant(dataset, MODIFIED, d.lastModified());
		if (d.landingPage() != null) {
			dataset.addProperty(LANDING_PAGE, model.createResource(d.landingPage()));
		}
		if (d.publisherName() != null) {
			dataset.addProperty(PUBLISHER, organization(model, d.publisherName()));
		}
		for (ResourceDescription r : d.resources()) {
			dataset.addProperty(DISTRIBUTION_LINK, distribution(model, origin, d, r));
		}
		return dataset;
	}

	private static Resource distribution(Model model, String origin, DatasetDescription d, ResourceDescription r) {
		Resource distribution = (d.uri() != null && r.remoteId() != null
				? model.createResource(d.uri() + "#resource-" + r.remoteId()) : model.createResource())
			.addProperty(TYPE, DISTRIBUTION);
		addString(distribution, IDENTIFIER, r.remoteId());
		addString(distribution, TITLE, r.title());
		addString(distribution, DESCRIPTION, r.description());
		if (r.url() != null) {
			distribution.addProperty(ACCESS_URL, model.createResource(r.url()));
			if (!"api".equals(r.type())) {
				distribution.addProperty(DOWNLOAD_URL, model.createResource(r.url()));
			}
		}
		if (r.format() != null) {
			DcatCodes.euFileType(r.format())
				.ifPresentOrElse(uri -> distribution.addProperty(FORMAT, model.createResource(uri)),
						() -> distribution.addProperty(FORMAT, r.format()));
		}
		DcatCodes.ianaUri(r.mime())
			.ifPresent(uri -> distribution.addProperty(MEDIA_TYPE_LINK,
					model.createResource(uri).addProperty(TYPE, MEDIA_TYPE)));
		if (r.filesize() != null) {
			distribution.addLiteral(BYTE_SIZE,
					model.createTypedLiteral(r.filesize().toString(), XSDDatatype.XSDnonNegativeInteger));
		}
		if (r.checksumType() != null && r.checksumValue() != null) {
			DcatCodes.spdxAlgorithmUri(r.checksumType())
				.ifPresent(algorithm -> distribution.addProperty(CHECKSUM_LINK,
						model.createResource()
							.addProperty(TYPE, CHECKSUM)
							.addProperty(ALGORITHM, model.createResource(algorithm))
							.addLiteral(CHECKSUM_VALUE,
									model.createTypedLiteral(r.checksumValue(), XSDDatatype.XSDhexBinary))));
		}
		if (r.schemaName() != null) {
			distribution.addProperty(CONFORMS_TO, model
				.createResource(DcatCodes.schemaUri(r.schemaName(), r.schemaVersion()))
				.addProperty(TYPE, STANDARD));
		}
		if (r.type() != null) {
			distribution.addProperty(DCT_TYPE, model.createResource(DcatCodes.resourceTypeUri(origin, r.type())));
		}
		addInstant(distribution, MODIFIED, r.lastModified());
		return distribution;
	}

	private static Resource organization(Model model, String name) {
		return model.createResource().addProperty(TYPE, ORGANIZATION).addProperty(FOAF_NAME, name);
	}

	private static void addString(Resource subject, Property property, String value) {
		if (value != null && !value.isEmpty()) {
			subject.addProperty(property, value);
		}
	}

	private static void addDate(Resource subject, Property property, LocalDate date) {
		if (date != null) {
			subject.addLiteral(property, subject.getModel().createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
		}
	}

	private static void addInstant(Resource subject, Property property, Instant instant) {
		if (instant != null) {
			Literal literal = subject.getModel().createTypedLiteral(instant.toString(), XSDDatatype.XSDdateTime);
			subject.addLiteral(property, literal);
		}
	}
}
