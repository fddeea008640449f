package fr.ouvert.decp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas the writers' output must satisfy, loaded from the test resources (see their NOTICE.md): DECP 2.0.3
 * (draft-07) and OCDS 1.1.5 release and record packages (draft-04, whose references to the standard's site are
 * resolved to the local copies).
 */
public final class Schemas {

	public static final String FIXTURES = "/fr/ouvert/decp/writers/";
	public static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private static final String OCDS_SITE = "https://standard.open-contracting.org/schema/1__1__5/";
	private static final SchemaRegistry DRAFT_07 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
	private static final SchemaRegistry DRAFT_04 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
			builder -> builder.schemaIdResolvers(
					ids -> ids.mapPrefix(OCDS_SITE, "classpath:" + FIXTURES.substring(1) + "ocds-schema-1.1.5/")));

	private static final Schema DECP_2022 = DRAFT_07
			.getSchema(SchemaLocation.of("classpath:" + FIXTURES.substring(1) + "decp-2022/decp-2.0.3.schema.json"));
	private static final Schema RELEASE_PACKAGE = DRAFT_04
			.getSchema(SchemaLocation.of(OCDS_SITE + "release-package-schema.json"));
	private static final Schema RECORD_PACKAGE = DRAFT_04
			.getSchema(SchemaLocation.of(OCDS_SITE + "record-package-schema.json"));

	private Schemas() {
	}

	public static List<Error> decp2022Errors(JsonNode document) {
		return DECP_2022.validate(document);
	}

	public static List<Error> releasePackageErrors(JsonNode document) {
		return RELEASE_PACKAGE.validate(document);
	}

	public static List<Error> recordPackageErrors(JsonNode document) {
		return RECORD_PACKAGE.validate(document);
	}

	/** A fixture under {@code fr/ouvert/decp/writers/}, parsed. */
	public static JsonNode fixture(String path) {
		try (InputStream in = Schemas.class.getResourceAsStream(FIXTURES + path)) {
			if (in == null) {
				throw new IllegalArgumentException("No test fixture " + FIXTURES + path);
			}
			return MAPPER.readTree(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
