package fr.ouvert.catalog.dcat;

import static fr.ouvert.catalog.dcat.DcatTerms.*;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;

import fr.ouvert.catalog.domain.DatasetDescription;
import fr.ouvert.catalog.domain.DatasetDescription.ResourceDescription;
import fr.ouvert.catalog.domain.Frequency;
import fr.ouvert.kernel.opendata.Licence;
import fr.ouvert.catalog.harvest.HarvestDates;
import fr.ouvert.catalog.harvest.HarvestFormatException;
import fr.ouvert.catalog.harvest.HarvestWarning;
import fr.ouvert.catalog.harvest.HarvestedPage;
import fr.ouvert.catalog.harvest.HtmlToMarkdown;
import fr.ouvert.catalog.harvest.LicenceGuesser;
import fr.ouvert.catalog.harvest.Tags;

/**
 * Reads a DCAT document (RDF/XML, Turtle, JSON-LD, N-Triples, N3, TriG) into dataset
 * descriptions, mapping like udata's DCAT harvester, plus the Hydra link to the next page
 * ({@code hydra:PartialCollectionView} or the older {@code hydra:PagedCollection}). What cannot
 * be mapped is dropped with a warning; a dataset without title or identifier is skipped with a
 * warning. The mapping is in {@code docs/modules/catalog-dcat-harvest.md}.
 */
public final class DcatReader {

	/** Where relative IRIs resolve when the source has no usable URL. */
	private static final String FALLBACK_BASE = "urn:x-ouvert:harvest/";

	private final String source;
	private final List<HarvestWarning> warnings = new ArrayList<>();
	private final LicenceGuesser licences = new LicenceGuesser();

	private DcatReader(String source) {
		this.source = source;
	}

	/**
	 * @param contentType the HTTP content type, may be null or generic: the syntax then comes from
	 *            the source's file extension, or from the first characters
	 * @param sourceUrl where the document comes from: base of relative IRIs and first word of
	 *            every message
	 */
	public static HarvestedPage read(byte[] content, String contentType, String sourceUrl) {
		Lang lang = syntax(content, contentType, sourceUrl);
		DcatReader reader = new DcatReader(sourceUrl);
		Model model = ModelFactory.createDefaultModel();
		try {
			RDFParser.source(new ByteArrayInputStream(content))
				.lang(lang)
				.base(base(sourceUrl))
				.errorHandler(reader.new ParserReport())
				.parse(model);
		}
		catch (RiotException e) {
			throw new HarvestFormatException(sourceUrl, null, "not valid " + lang.getLabel() + ": " + e.getMessage(), e);
		}
		return reader.read(model);
	}

	/** Jena's warnings (such as dubious IRIs) go to the harvest report, its errors stop the read; none is logged. */
	private final class ParserReport implements ErrorHandler {

		@Override
		public void warning(String message, long line, long col) {
			warn("line " + line + ", column " + col, null, message);
		}

		@Override
		public void error(String message, long line, long col) {
			throw new RiotException("[line: " + line + ", col: " + col + " ] " + message);
		}

		@Override
		public void fatal(String message, long line, long col) {
			error(message, line, col);
		}
	}

	static Lang syntax(byte[] content, String contentType, String sourceUrl) {
		if (contentType != null) {
			String bare = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
			Lang byType = switch (bare) {
				case "application/xml", "text/xml" -> Lang.RDFXML;
				case "application/json" -> Lang.JSONLD;
				default -> RDFLanguages.contentTypeToLang(bare);
			};
			if (byType != null) {
				return byType;
			}
		}
		Lang byExtension = byExtension(sourceUrl);
		return byExtension != null ? byExtension : sniff(content);
	}

	private static Lang byExtension(String sourceUrl) {
		if (sourceUrl == null) {
			return null;
		}
		String path = sourceUrl.split("[?#]")[0];
		int dot = path.lastIndexOf('.');
		if (dot < 0 || dot < path.lastIndexOf('/')) {
			return null;
		}
		return switch (path.substring(dot + 1).toLowerCase(Locale.ROOT)) {
			case "rdf", "xml", "owl" -> Lang.RDFXML;
			case "ttl" -> Lang.TURTLE;
			case "jsonld", "json" -> Lang.JSONLD;
			case "nt" -> Lang.NTRIPLES;
			case "n3" -> Lang.N3;
			case "trig" -> Lang.TRIG;
			default -> null;
		};
	}

	private static Lang sniff(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8).replace("\uFEFF", "")
			.stripLeading();
		if (head.startsWith("<?xml") || head.startsWith("<rdf:") || head.startsWith("<!--")) {
			return Lang.RDFXML;
		}
		if (head.startsWith("{") || head.startsWith("[")) {
			return Lang.JSONLD;
		}
		// Turtle also reads N-Triples
		return Lang.TURTLE;
	}

	private static String base(String sourceUrl) {
		if (sourceUrl == null) {
			return FALLBACK_BASE;
		}
		try {
			return URI.create(sourceUrl).isAbsolute() ? sourceUrl : FALLBACK_BASE;
		}
		catch (IllegalArgumentException notAUri) {
			return FALLBACK_BASE;
		}
	}

	private HarvestedPage read(Model model) {
		Set<Resource> subjects = new LinkedHashSet<>(model.listSubjectsWithProperty(TYPE, DATASET).toList());
		model.listObjectsOfProperty(DATASET_LINK).filterKeep(RDFNode::isResource).forEach(o -> subjects.add(o.asResource()));
		List<DatasetDescription> datasets = new ArrayList<>();
		for (Resource subject : subjects) {
			dataset(subject).ifPresent(datasets::add);
		}
		datasets.sort(Comparator.comparing(DatasetDescription::remoteId));
		return new HarvestedPage(datasets, warnings, nextPage(model).orElse(null), totalItems(model));
	}

	private Optional<DatasetDescription> dataset(Resource d) {
		String where = d.isURIResource() ? d.getURI() : "dataset " + text(d, IDENTIFIER).orElse("(blank node)");
		String remoteId = text(d, IDENTIFIER).orElse(d.isURIResource() ? d.getURI() : null);
		if (remoteId == null) {
			warn(where, "dct:identifier", "dataset has neither URI nor dct:identifier: skipped");
			return Optional.empty();
		}
		Optional<String> title = text(d, TITLE);
		if (title.isEmpty()) {
			warn(where, "dct:title", "dataset has no title: skipped");
			return Optional.empty();
		}
		String description = text(d, DESCRIPTION).or(() -> text(d, ABSTRACT)).map(HtmlToMarkdown::convert).orElse(null);
		List<String> rejected = new ArrayList<>();
		List<String> tags = Tags.normalize(keywords(d), rejected).stream().sorted().toList();
		rejected.forEach(tag -> warn(where, "dcat:keyword", "tag '" + tag + "' is shorter than " + Tags.MIN_LENGTH
				+ " or longer than " + Tags.MAX_LENGTH + " characters: dropped"));
		LocalDate[] period = temporal(where, d);
		List<ResourceDescription> resources = new ArrayList<>();
		for (RDFNode node : objects(d, DISTRIBUTION_LINK)) {
			if (node.isResource()) {
				distribution(where, node.asResource()).ifPresent(resources::add);
			}
		}
		// RDF has no order: sort so that harvests of an unchanged source give the same list
		resources.sort(Comparator.comparing(ResourceDescription::title, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(ResourceDescription::url));
		return Optional.of(new DatasetDescription(remoteId, d.isURIResource() ? d.getURI() : null, null, title.get(),
				null, description, tags, licence(where, d), frequency(where, d), period[0], period[1], spatial(where, d),
				null, instant(where, d, ISSUED), instant(where, d, MODIFIED), link(d, LANDING_PAGE).orElse(null),
				publisher(d).orElse(null), resources));
	}

	private List<String> keywords(Resource d) {
		List<String> keywords = new ArrayList<>();
		objects(d, KEYWORD).forEach(k -> literal(k).ifPresent(keywords::add));
		for (RDFNode theme : objects(d, THEME)) {
			if (theme.isLiteral()) {
				keywords.add(theme.asLiteral().getLexicalForm());
			}
			else {
				label(theme.asResource()).ifPresent(keywords::add);
			}
		}
		return keywords;
	}

	private String licence(String where, Resource d) {
		List<String> said = new ArrayList<>();
		licenceValues(d, said);
		for (RDFNode node : objects(d, DISTRIBUTION_LINK)) {
			if (node.isResource()) {
				licenceValues(node.asResource(), said);
			}
		}
		List<String> distinct = said.stream().distinct().toList();
		Optional<Licence> licence = licences.guess(distinct.toArray(String[]::new));
		if (licence.isEmpty() && !distinct.isEmpty()) {
			warn(where, "dct:license", "licence not recognised (" + String.join(", ", distinct) + "): "
					+ Licence.NOT_SPECIFIED.id());
		}
		return licence.orElse(Licence.NOT_SPECIFIED).id();
	}

	private void licenceValues(Resource subject, List<String> said) {
		for (Property property : List.of(LICENSE, RIGHTS)) {
			for (RDFNode value : objects(subject, property)) {
				if (value.isLiteral()) {
					said.add(value.asLiteral().getLexicalForm());
				}
				else {
					Resource r = value.asResource();
					if (r.isURIResource()) {
						said.add(r.getURI());
					}
					label(r).ifPresent(said::add);
				}
			}
		}
	}

	private String frequency(String where, Resource d) {
		Optional<RDFNode> value = objects(d, ACCRUAL_PERIODICITY).stream().findFirst();
		if (value.isEmpty()) {
			return null;
		}
		String term = value.get().isLiteral() ? value.get().asLiteral().getLexicalForm()
				: value.get().asResource().getURI();
		Optional<Frequency> frequency = FrequencyVocabulary.parse(term);
		if (frequency.isEmpty()) {
			warn(where, "dct:accrualPeriodicity", "unknown frequency " + term + ": dropped");
		}
		return frequency.map(Frequency::code).orElse(null);
	}

	private LocalDate[] temporal(String where, Resource d) {
		for (RDFNode node : objects(d, TEMPORAL)) {
			if (node.isLiteral()) {
				warn(where, "dct:temporal", "period given as text '" + node.asLiteral().getLexicalForm()
						+ "' instead of a dct:PeriodOfTime: dropped");
				continue;
			}
			Resource period = node.asResource();
			LocalDate start = date(where, period, START_DATE, SCHEMA_START_DATE, SCHEMA_HTTPS_START_DATE);
			LocalDate end = date(where, period, END_DATE, SCHEMA_END_DATE, SCHEMA_HTTPS_END_DATE);
			if (start != null || end != null) {
				return new LocalDate[] { start, end };
			}
		}
		return new LocalDate[2];
	}

	private LocalDate date(String where, Resource period, Property... properties) {
		for (Property property : properties) {
			Optional<String> text = text(period, property);
			if (text.isPresent()) {
				Optional<LocalDate> date = HarvestDates.date(text.get());
				if (date.isEmpty()) {
					warn(where, "dct:temporal", "not a date: '" + text.get() + "': dropped");
				}
				return date.orElse(null);
			}
		}
		return null;
	}

	private List<String> spatial(String where, Resource d) {
		List<String> zones = new ArrayList<>();
		for (RDFNode node : objects(d, SPATIAL)) {
			Optional<String> zone = node.isURIResource() ? DcatCodes.zoneIdOf(node.asResource().getURI())
					: Optional.empty();
			zone.ifPresentOrElse(zones::add, () -> warn(where, "dct:spatial",
					"spatial coverage " + describe(node) + " is not a zone id such as fr:departement:35: dropped"));
		}
		return zones.stream().sorted().toList();
	}

	private Optional<String> publisher(Resource d) {
		return objects(d, PUBLISHER).stream()
			.map(node -> node.isLiteral() ? literal(node) : label(node.asResource()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private Optional<ResourceDescription> distribution(String datasetWhere, Resource r) {
		String where = r.isURIResource() ? r.getURI()
				: datasetWhere + ", distribution " + text(r, IDENTIFIER).or(() -> text(r, TITLE)).orElse("(blank node)");
		Optional<String> url = link(r, DOWNLOAD_URL).or(() -> link(r, ACCESS_URL));
		if (url.isEmpty()) {
			warn(where, "dcat:downloadURL", "distribution has neither dcat:downloadURL nor dcat:accessURL: skipped");
			return Optional.empty();
		}
		String mime = null;
		String format = null;
		for (RDFNode node : objects(r, MEDIA_TYPE_LINK)) {
			mime = mime != null ? mime : value(node).flatMap(DcatCodes::mediaTypeOf).orElse(null);
		}
		for (RDFNode node : objects(r, FORMAT)) {
			Optional<String> value = value(node);
			format = format != null ? format : value.flatMap(DcatCodes::formatOf).orElse(null);
			mime = mime != null ? mime : value.flatMap(DcatCodes::mediaTypeOf).orElse(null);
		}
		if (format == null && mime != null) {
			format = DcatCodes.formatOf(mime).orElse(null);
		}
		String[] checksum = checksum(where, r);
		String[] schema = objects(r, CONFORMS_TO).stream()
			.map(this::value)
			.flatMap(Optional::stream)
			.findFirst()
			.map(DcatCodes::schemaOf)
			.orElse(new String[2]);
		String type = objects(r, DCT_TYPE).stream()
			.map(this::value)
			.flatMap(Optional::stream)
			.map(DcatCodes::resourceTypeOf)
			.flatMap(Optional::stream)
			.findFirst()
			.orElse("main");
		Instant modified = instant(where, r, MODIFIED);
		String title = text(r, TITLE).orElseGet(() -> fileName(url.get()));
		return Optional.of(new ResourceDescription(text(r, IDENTIFIER).orElse(r.isURIResource() ? r.getURI() : null),
				title, text(r, DESCRIPTION).map(HtmlToMarkdown::convert).orElse(null), url.get(), type, format, mime,
				byteSize(where, r), checksum[0], checksum[1], modified != null ? modified : instant(where, r, ISSUED),
				schema[0], schema[1], null));
	}

	private String[] checksum(String where, Resource r) {
		for (RDFNode node : objects(r, CHECKSUM_LINK)) {
			if (!node.isResource()) {
				continue;
			}
			Optional<String> algorithm = objects(node.asResource(), ALGORITHM).stream()
				.map(this::value)
				.flatMap(Optional::stream)
				.findFirst();
			Optional<String> value = text(node.asResource(), CHECKSUM_VALUE);
			Optional<String> type = algorithm.flatMap(DcatCodes::checksumTypeOf);
			if (type.isPresent() && value.isPresent()) {
				return new String[] { type.get(), value.get().toLowerCase(Locale.ROOT) };
			}
			warn(where, "spdx:checksum", "checksum " + algorithm.orElse("without algorithm")
					+ " is not one of sha1, sha256, md5 with a value: dropped");
		}
		return new String[2];
	}

	private Long byteSize(String where, Resource r) {
		Optional<String> text = text(r, BYTE_SIZE);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text.get().strip()).longValueExact();
		}
		catch (ArithmeticException | NumberFormatException e) {
			warn(where, "dcat:byteSize", "not a whole number of bytes: '" + text.get() + "': dropped");
			return null;
		}
	}

	private Instant instant(String where, Resource subject, Property property) {
		Optional<String> text = text(subject, property);
		if (text.isEmpty()) {
			return null;
		}
		Optional<Instant> instant = HarvestDates.instant(text.get());
		if (instant.isEmpty()) {
			warn(where, "dct:" + property.getLocalName(), "not a date: '" + text.get() + "': dropped");
		}
		return instant.orElse(null);
	}

	private Optional<String> nextPage(Model model) {
		List<Resource> views = new ArrayList<>();
		model.listObjectsOfProperty(VIEW).filterKeep(RDFNode::isResource).forEach(v -> views.add(v.asResource()));
		views.addAll(model.listSubjectsWithProperty(TYPE, PARTIAL_COLLECTION_VIEW).toList());
		views.addAll(model.listSubjectsWithProperty(TYPE, PAGED_COLLECTION).toList());
		for (Resource view : views) {
			Optional<String> next = link(view, NEXT).or(() -> link(view, NEXT_PAGE));
			if (next.isPresent()) {
				return next;
			}
		}
		return Optional.empty();
	}

	private Long totalItems(Model model) {
		return model.listStatements(null, TOTAL_ITEMS, (RDFNode) null)
			.filterKeep(s -> s.getObject().isLiteral())
			.mapWith(s -> s.getLiteral().getLexicalForm())
			.nextOptional()
			.map(total -> {
				try {
					return Long.valueOf(total.strip());
				}
				catch (NumberFormatException e) {
					warn("catalog", "hydra:totalItems", "not a number: '" + total + "': ignored");
					return null;
				}
			})
			.orElse(null);
	}

	private static List<RDFNode> objects(Resource subject, Property property) {
		return subject.listProperties(property).mapWith(Statement::getObject).toList();
	}

	/** A literal in French, else without language, else in English, else any. */
	private static Optional<String> text(Resource subject, Property property) {
		List<Literal> literals = objects(subject, property).stream().filter(RDFNode::isLiteral).map(RDFNode::asLiteral).toList();
		for (String language : List.of("fr", "", "en")) {
			for (Literal literal : literals) {
				String tag = literal.getLanguage().toLowerCase(Locale.ROOT);
				boolean wanted = language.isEmpty() ? tag.isEmpty()
						: tag.equals(language) || tag.startsWith(language + "-");
				if (wanted && !literal.getLexicalForm().isBlank()) {
					return Optional.of(literal.getLexicalForm().strip());
				}
			}
		}
		return literals.stream().map(Literal::getLexicalForm).filter(s -> !s.isBlank()).map(String::strip).findFirst();
	}

	/** An IRI or a literal holding one (some catalogs write URLs as plain or xsd:anyURI literals). */
	private static Optional<String> link(Resource subject, Property property) {
		return objects(subject, property).stream().map(node -> {
			if (node.isURIResource()) {
				return Optional.of(node.asResource().getURI());
			}
			return literal(node).filter(s -> s.startsWith("http://") || s.startsWith("https://"));
		}).flatMap(Optional::stream).findFirst();
	}

	private static Optional<String> literal(RDFNode node) {
		return node.isLiteral() && !node.asLiteral().getLexicalForm().isBlank()
				? Optional.of(node.asLiteral().getLexicalForm().strip()) : Optional.empty();
	}

	/** The URI, the literal, or the {@code rdf:value} of a blank node (as in {@code dct:IMT}). */
	private Optional<String> value(RDFNode node) {
		if (node.isLiteral()) {
			return literal(node);
		}
		Resource r = node.asResource();
		return r.isURIResource() ? Optional.of(r.getURI()) : text(r, VALUE);
	}

	private static Optional<String> label(Resource r) {
		return text(r, FOAF_NAME).or(() -> text(r, VCARD_FN))
			.or(() -> text(r, PREF_LABEL))
			.or(() -> text(r, LABEL))
			.or(() -> text(r, TITLE));
	}

	private static String describe(RDFNode node) {
		if (node.isURIResource()) {
			return node.asResource().getURI();
		}
		return node.isLiteral() ? "'" + node.asLiteral().getLexicalForm() + "'" : "without URI";
	}

	private static String fileName(String url) {
		String path = url.split("[?#]")[0].replaceAll("/+$", "");
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.isEmpty() ? url : name;
	}

	private void warn(String item, String property, String message) {
		warnings.add(new HarvestWarning(source, item, property, message));
	}
}
