package fr.ouvert.tableschema;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the schemas and examples copied under src/test/resources/schemas and validates inline CSV. */
final class Fixtures {

	private Fixtures() {
	}

	static TableSchema schema(String resource) {
		try (InputStream in = stream(resource)) {
			return TableSchema.parse(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (TableSchemaException e) {
			throw new IllegalStateException(resource + " should be a valid schema", e);
		}
	}

	static ValidationReport validateResource(TableSchema schema, String resource) {
		try (InputStream in = stream(resource)) {
			return TableValidator.validate(schema, in, ValidationOptions.defaults());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ValidationReport validate(TableSchema schema, String csv) {
		return validate(schema, csv, ValidationOptions.defaults());
	}

	static ValidationReport validate(TableSchema schema, String csv, ValidationOptions options) {
		try {
			return TableValidator.validate(schema, new StringReader(csv), options);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static TableSchema inlineSchema(String json) {
		try {
			return TableSchema.parse(json);
		} catch (TableSchemaException e) {
			throw new IllegalStateException(e);
		}
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** type@row:field for each kept error, for compact exact assertions. */
	static List<String> codes(ValidationReport report) {
		return report.errors().stream()
				.map(e -> e.type() + "@" + e.row() + ":" + e.field())
				.toList();
	}

	private static InputStream stream(String resource) {
		InputStream in = Fixtures.class.getResourceAsStream("/schemas/" + resource);
		if (in == null) {
			throw new IllegalStateException("missing test resource /schemas/" + resource);
		}
		return in;
	}
}
