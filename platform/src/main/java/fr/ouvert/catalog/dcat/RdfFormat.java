package fr.ouvert.catalog.dcat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The syntaxes the DCAT export is offered in, with their media type and file extension. */
public enum RdfFormat {
	TURTLE(RDFFormat.TURTLE_PRETTY, "text/turtle", "ttl"),
	RDF_XML(RDFFormat.RDFXML_PRETTY, "application/rdf+xml", "rdf"),
	JSON_LD(RDFFormat.JSONLD11_PRETTY, "application/ld+json", "jsonld");

	private final RDFFormat jenaFormat;
	private final String mediaType;
	private final String extension;

	RdfFormat(RDFFormat jenaFormat, String mediaType, String extension) {
		this.jenaFormat = jenaFormat;
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	RDFFormat jenaFormat() {
		return jenaFormat;
	}

	Lang lang() {
		return jenaFormat.getLang();
	}

	/** The format of a media type such as {@code text/turtle; charset=utf-8}. */
	public static Optional<RdfFormat> ofMediaType(String mediaType) {
		if (mediaType == null) {
			return Optional.empty();
		}
		String bare = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(f -> f.mediaType.equals(bare)).findFirst();
	}

	/** The format of an extension such as {@code ttl} ({@code xml} and {@code json} included). */
	public static Optional<RdfFormat> ofExtension(String extension) {
		if (extension == null) {
			return Optional.empty();
		}
		return switch (extension.toLowerCase(Locale.ROOT)) {
			case "ttl" -> Optional.of(TURTLE);
			case "rdf", "xml" -> Optional.of(RDF_XML);
			case "jsonld", "json" -> Optional.of(JSON_LD);
			default -> Optional.empty();
		};
	}
}
