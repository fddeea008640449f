package fr.ouvert.decp.ocds;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** What release and record packages share: the generator factory and the package metadata. */
final class OcdsPackages {

	static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

	private OcdsPackages() {
	}

	/** Writes {@code uri}, {@code version}, {@code publishedDate}, {@code publisher}, licence, policy and extensions. */
	/** Opens a package: its metadata written, then the array {@code name} ({@code releases}, {@code records}) opened. */
	static JsonGenerator open(OutputStream out, OcdsOptions options, Instant publishedDate, String name) {
		JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out);
		json.writeStartObject();
		writeMetadata(json, options, publishedDate);
		json.writeName(name);
		json.writeStartArray();
		return json;
	}

	/** Ends what {@link #open} began and closes the stream. */
	static void close(JsonGenerator json) {
		json.writeEndArray();
		json.writeEndObject();
		json.close();
	}

	/** The date of a release whose version has none: the package's day in Paris. */
	static LocalDate fallbackDate(Instant publishedDate) {
		return LocalDate.ofInstant(publishedDate, ZoneId.of("Europe/Paris"));
	}

	static void writeMetadata(JsonGenerator json, OcdsOptions options, Instant publishedDate) {
		json.writeStringProperty("uri", options.packageUri());
		json.writeStringProperty("version", "1.1");
		json.writeStringProperty("publishedDate",
				DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(publishedDate.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
		json.writeName("publisher");
		json.writeStartObject();
		json.writeStringProperty("name", options.publisherName());
		if (options.publisherScheme() != null) {
			json.writeStringProperty("scheme", options.publisherScheme());
		}
		if (options.publisherUid() != null) {
			json.writeStringProperty("uid", options.publisherUid());
		}
		json.writeEndObject();
		if (options.license() != null) {
			json.writeStringProperty("license", options.license());
		}
		if (options.publicationPolicy() != null) {
			json.writeStringProperty("publicationPolicy", options.publicationPolicy());
		}
		json.writeName("extensions");
		json.writeStartArray();
		for (String extension : OcdsMapping.EXTENSIONS) {
			json.writeString(extension);
		}
		json.writeEndArray();
	}
}
