package fr.ouvert.decp.ocds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** What release and record packages share: the generator factory and the package metadata. */
final class OcdsPackages {

	static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

	private OcdsPackages() {
	}

	/** Writes {@code uri}, {@code version}, {@code publishedDate}, {@code publisher}, licence, policy and extensions. */
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
