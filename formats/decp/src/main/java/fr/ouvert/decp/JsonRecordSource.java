package fr.ouvert.decp;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Streams the records of a DECP JSON file: {@code {"marches": [...]}} (2019), {@code {"marches": {"marche": [...],
 * "contrat-concession": [...]}}} (2022), or a bare list; a single object where a list is expected; lists of lists.
 * Only one record is held in memory at a time. Tolerates {@code NaN}, unescaped control characters in strings,
 * backslashes before any character and trailing commas.
 */
final class JsonRecordSource {

	private static final JsonFactory FACTORY = JsonFactory.builder()
			.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
			.enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
			.enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
			.enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
			.build();

	private final String file;

	JsonRecordSource(String file) {
		this.file = file;
	}

	void read(Reader reader, Consumer<RawRecord> consumer) throws DecpFormatException {
		JsonParser parser = null;
		try {
			parser = FACTORY.createParser(ObjectReadContext.empty(), reader);
			JsonToken token = parser.nextToken();
			boolean found = false;
			if (token == JsonToken.START_ARRAY) {
				records(parser, null, Generation.DECP_2019, consumer);
				found = true;
			} else if (token == JsonToken.START_OBJECT) {
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					token = parser.nextToken();
					if (!"marches".equals(name)) {
						parser.skipChildren();
					} else if (token == JsonToken.START_ARRAY) {
						records(parser, null, Generation.DECP_2019, consumer);
						found = true;
					} else if (token == JsonToken.START_OBJECT) {
						while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
							String container = parser.currentName();
							parser.nextToken();
							ContractKind kind = switch (container) {
								case "marche" -> ContractKind.MARCHE;
								case "contrat-concession" -> ContractKind.CONCESSION;
								default -> null;
							};
							if (kind == null) {
								parser.skipChildren();
							} else {
								records(parser, kind, Generation.DECP_2022, consumer);
								found = true;
							}
						}
					} else {
						parser.skipChildren();
					}
				}
			} else {
				throw error(parser.currentLocation(), "le document JSON n'est ni un objet ni une liste", null);
			}
			if (!found) {
				throw error(parser.currentLocation(), "aucune liste « marches » n'a été trouvée", null);
			}
			if (parser.nextToken() != null) {
				throw error(parser.currentLocation(), "du contenu suit la fin du document JSON", null);
			}
		} catch (RuntimeDecpFormatException e) {
			throw e.getCause();
		} catch (SinkFailure e) {
			throw e.getCause();
		} catch (JacksonException e) {
			throw error(e.getLocation(), "JSON illisible (" + firstLine(e.getOriginalMessage()) + ")", e).getCause();
		} finally {
			if (parser != null) {
				parser.close();
			}
		}
	}

	/** The records of a container whose value is the current token: a list (possibly of lists) or one record. */
	private void records(JsonParser parser, ContractKind kind, Generation generation, Consumer<RawRecord> consumer) {
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			deliver(consumer, new RawRecord(value(parser), kind, generation, false));
			return;
		}
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			if (token == null) {
				throw error(parser.currentLocation(), "fin de fichier inattendue dans la liste des contrats", null);
			}
			if (token == JsonToken.START_ARRAY) {
				records(parser, kind, generation, consumer);
			} else {
				deliver(consumer, new RawRecord(value(parser), kind, generation, false));
			}
		}
	}

	/** Hands a record over; what the consumer throws is kept apart from the parser's errors. */
	static void deliver(Consumer<RawRecord> consumer, RawRecord record) {
		try {
			consumer.accept(record);
		} catch (RuntimeException e) {
			throw new SinkFailure(e);
		}
	}

	/** The value at the current token, as the tree {@link RawRecord} describes. */
	private Object value(JsonParser parser) {
		switch (parser.currentToken()) {
			case START_OBJECT -> {
				Map<String, Object> map = new LinkedHashMap<>();
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					parser.nextToken();
					map.put(name, value(parser));
				}
				return map;
			}
			case START_ARRAY -> {
				List<Object> list = new ArrayList<>();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					list.add(value(parser));
				}
				return list;
			}
			case VALUE_STRING -> {
				return parser.getString();
			}
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
				return new RawRecord.Number(parser.getText());
			}
			case VALUE_TRUE -> {
				return Boolean.TRUE;
			}
			case VALUE_FALSE -> {
				return Boolean.FALSE;
			}
			case VALUE_NULL -> {
				return null;
			}
			default -> throw error(parser.currentLocation(), "jeton JSON inattendu " + parser.currentToken(), null);
		}
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "erreur de syntaxe";
		}
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

	private RuntimeDecpFormatException error(TokenStreamLocation location, String reason, Throwable cause) {
		long line = location == null ? 0 : location.getLineNr();
		long column = location == null ? 0 : location.getColumnNr();
		return new RuntimeDecpFormatException(new DecpFormatException(file, line, column, reason, cause));
	}

	/** Carries what the consumer threw past the parser's error handling. */
	static final class SinkFailure extends RuntimeException {
		SinkFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}
	}

	/** Carries a {@link DecpFormatException} out of the parsing callbacks. */
	static final class RuntimeDecpFormatException extends RuntimeException {
		RuntimeDecpFormatException(DecpFormatException cause) {
			super(cause);
		}

		@Override
		public synchronized DecpFormatException getCause() {
			return (DecpFormatException) super.getCause();
		}
	}
}
