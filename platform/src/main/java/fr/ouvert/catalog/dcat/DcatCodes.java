package fr.ouvert.catalog.dcat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URIs the export gives to formats, media types, resource types, schemas and zones, and how
 * the reader turns such URIs (ours and other catalogs') back into udata's values.
 */
final class DcatCodes {

	static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
	static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
	static final String SCHEMA_DATA_GOUV = "https://schema.data.gouv.fr/";
	static final String SPDX_ALGORITHM = "http://spdx.org/rdf/terms#checksumAlgorithm_";

	/** udata formats with an EU file-type code; other formats are written as plain literals. */
	private static final Map<String, String> EU_FILE_TYPES = Map.ofEntries(Map.entry("csv", "CSV"),
			Map.entry("json", "JSON"), Map.entry("xml", "XML"), Map.entry("xls", "XLS"), Map.entry("xlsx", "XLSX"),
			Map.entry("ods", "ODS"), Map.entry("odt", "ODT"), Map.entry("pdf", "PDF"), Map.entry("zip", "ZIP"),
			Map.entry("geojson", "GEOJSON"), Map.entry("shp", "SHP"), Map.entry("html", "HTML"), Map.entry("txt", "TXT"),
			Map.entry("rdf", "RDF_XML"), Map.entry("ttl", "RDF_TURTLE"), Map.entry("jsonld", "JSON_LD"),
			Map.entry("parquet", "PARQUET"), Map.entry("gpkg", "GPKG"), Map.entry("kml", "KML"),
			Map.entry("kmz", "KMZ"), Map.entry("gml", "GML"), Map.entry("doc", "DOC"), Map.entry("docx", "DOCX"),
			Map.entry("7z", "7Z"), Map.entry("tar", "TAR"), Map.entry("gz", "GZIP"), Map.entry("png", "PNG"),
			Map.entry("jpeg", "JPEG"), Map.entry("tiff", "TIFF"));

	private static final Map<String, String> FORMAT_OF_EU_FILE_TYPE = new HashMap<>();

	private static final Map<String, String> FORMAT_OF_MEDIA_TYPE = Map.ofEntries(Map.entry("text/csv", "csv"),
			Map.entry("application/json", "json"), Map.entry("application/geo+json", "geojson"),
			Map.entry("application/xml", "xml"), Map.entry("text/xml", "xml"), Map.entry("application/pdf", "pdf"),
			Map.entry("application/zip", "zip"), Map.entry("application/vnd.ms-excel", "xls"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"), Map.entry("text/html", "html"),
			Map.entry("text/plain", "txt"), Map.entry("application/ld+json", "jsonld"), Map.entry("text/turtle", "ttl"),
			Map.entry("application/rdf+xml", "rdf"), Map.entry("application/vnd.apache.parquet", "parquet"),
			Map.entry("application/geopackage+sqlite3", "gpkg"),
			Map.entry("application/vnd.google-earth.kml+xml", "kml"));

	/** udata's resource types; the export writes them as concepts under the site. */
	static final Set<String> RESOURCE_TYPES = Set.of("main", "documentation", "update", "api", "code", "other");

	private static final Set<String> CHECKSUM_ALGORITHMS = Set.of("sha1", "sha256", "md5");

	private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

	/** GeoZone ids as udata writes them: {@code country:fr}, {@code fr:departement:35}, {@code fr:commune:35238}. */
	private static final Pattern ZONE_ID = Pattern.compile("[a-z][a-z0-9-]*(:[a-z0-9_-]+)+(@[0-9-]+)?");

	private static final Pattern SCHEMA_VERSION = Pattern.compile("(.+)/(\\d+(?:\\.\\d+)*|latest)");

	static {
		EU_FILE_TYPES.forEach((format, code) -> FORMAT_OF_EU_FILE_TYPE.put(code, format));
	}

	private DcatCodes() {
	}

	static Optional<String> euFileType(String format) {
		return Optional.ofNullable(EU_FILE_TYPES.get(format)).map(code -> EU_FILE_TYPE + code);
	}

	/** A format from a {@code dct:format} or {@code dcat:mediaType} value: literal, EU or IANA URI. */
	static Optional<String> formatOf(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String v = value.strip();
		if (v.startsWith(EU_FILE_TYPE)) {
			String code = v.substring(EU_FILE_TYPE.length());
			return Optional.of(FORMAT_OF_EU_FILE_TYPE.getOrDefault(code, code.toLowerCase(Locale.ROOT)));
		}
		Optional<String> mediaType = mediaTypeOf(v);
		if (mediaType.isPresent()) {
			return Optional.ofNullable(FORMAT_OF_MEDIA_TYPE.get(mediaType.get()));
		}
		if (v.contains("://")) {
			return Optional.empty();
		}
		return Optional.of(v.toLowerCase(Locale.ROOT));
	}

	/** A media type from a literal ({@code text/csv}) or an IANA URI. */
	static Optional<String> mediaTypeOf(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String v = value.strip().toLowerCase(Locale.ROOT);
		int iana = v.indexOf("iana.org/assignments/media-types/");
		if (iana >= 0) {
			v = v.substring(iana + "iana.org/assignments/media-types/".length());
		}
		v = v.split(";")[0].strip();
		return MEDIA_TYPE.matcher(v).matches() ? Optional.of(v) : Optional.empty();
	}

	static Optional<String> ianaUri(String mime) {
		return mediaTypeOf(mime).map(m -> IANA_MEDIA_TYPES + m);
	}

	/** The udata resource type of a {@code dct:type}: a URI or literal ending with one, or the EU web-service type. */
	static Optional<String> resourceTypeOf(String value) {
		String last = lastSegment(value).toLowerCase(Locale.ROOT);
		if (RESOURCE_TYPES.contains(last)) {
			return Optional.of(last);
		}
		return last.equals("web_service") ? Optional.of("api") : Optional.empty();
	}

	static String resourceTypeUri(String siteOrigin, String type) {
		return siteOrigin + "/api/1/datasets/resource_types/" + type;
	}

	static String frequencyUri(String siteOrigin, String code) {
		return siteOrigin + "/api/1/datasets/frequencies/" + code;
	}

	static String zoneUri(String siteOrigin, String zoneId) {
		return siteOrigin + "/api/1/spatial/zones/" + zoneId;
	}

	/** The zone id a spatial URI ends with, when it is a udata-style id. */
	static Optional<String> zoneIdOf(String uri) {
		String last = URLDecoder.decode(lastSegment(uri), StandardCharsets.UTF_8);
		return ZONE_ID.matcher(last).matches() ? Optional.of(last) : Optional.empty();
	}

	/**
	 * The {@code dct:conformsTo} URI of a schema: {@code name} as a schema.data.gouv.fr path, or the
	 * schema's own URL when udata only knows it by URL.
	 */
	static String schemaUri(String name, String version) {
		if (name.startsWith("http://") || name.startsWith("https://")) {
			return name;
		}
		return SCHEMA_DATA_GOUV + name + "/" + (version == null ? "" : version + "/");
	}

	/** Name and version (may be null) of a schema URI; other URIs are kept whole as the name. */
	static String[] schemaOf(String uri) {
		if (!uri.startsWith(SCHEMA_DATA_GOUV)) {
			return new String[] { uri, null };
		}
		String path = uri.substring(SCHEMA_DATA_GOUV.length()).replaceAll("/+$", "");
		Matcher versioned = SCHEMA_VERSION.matcher(path);
		return versioned.matches() ? new String[] { versioned.group(1), versioned.group(2) }
				: new String[] { path, null };
	}

	static Optional<String> spdxAlgorithmUri(String checksumType) {
		return CHECKSUM_ALGORITHMS.contains(checksumType) ? Optional.of(SPDX_ALGORITHM + checksumType)
				: Optional.empty();
	}

	/** udata's checksum type of an SPDX algorithm URI; empty for those udata does not know. */
	static Optional<String> checksumTypeOf(String algorithm) {
		String name = algorithm.startsWith(SPDX_ALGORITHM) ? algorithm.substring(SPDX_ALGORITHM.length())
				: lastSegment(algorithm);
		String lower = name.toLowerCase(Locale.ROOT);
		return CHECKSUM_ALGORITHMS.contains(lower) ? Optional.of(lower) : Optional.empty();
	}

	static String origin(String uri) {
		URI parsed = URI.create(uri);
		return parsed.getScheme() + "://" + parsed.getRawAuthority();
	}

	private static String lastSegment(String text) {
		String s = text.strip();
		while (s.endsWith("/")) {
			s = s.substring(0, s.length() - 1);
		}
		int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
		return cut >= 0 ? s.substring(cut + 1) : s;
	}
}
