package fr.ouvert.decp;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the records of a DECP XML file (root {@code <marches>}, records {@code <marche>} and
 * {@code <contrat-concession>}, both generations) with StAX, one record in memory at a time. Each record becomes
 * the same tree as a JSON record: an element with children is a map, a repeated child a list, a leaf its text.
 */
final class XmlRecordSource {

	private static final XMLInputFactory FACTORY = factory();

	private final String file;

	XmlRecordSource(String file) {
		this.file = file;
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

	void read(Reader reader, Consumer<RawRecord> consumer) throws DecpFormatException {
		XMLStreamReader xml = null;
		try {
			xml = FACTORY.createXMLStreamReader(reader);
			while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
				// prolog, comments
			}
			if (!xml.isStartElement()) {
				throw error(xml.getLocation(), "le document XML n'a pas d'élément racine", null);
			}
			ContractKind rootKind = kind(xml.getLocalName());
			if (rootKind != null) {
				JsonRecordSource.deliver(consumer, new RawRecord(element(xml), rootKind, Generation.DECP_2019, true));
				return;
			}
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					ContractKind kind = kind(xml.getLocalName());
					if (kind == null) {
						element(xml);
					} else {
						JsonRecordSource.deliver(consumer,
								new RawRecord(element(xml), kind, Generation.DECP_2019, true));
					}
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					break;
				}
			}
			while (xml.hasNext()) {
				xml.next();
			}
		} catch (XMLStreamException e) {
			throw error(e.getLocation(), "XML illisible (" + reason(e) + ")", e);
		} catch (JsonRecordSource.SinkFailure e) {
			throw e.getCause();
		} finally {
			if (xml != null) {
				try {
					xml.close();
				} catch (XMLStreamException e) {
					// closing a reader that already failed: nothing left to release
				}
			}
		}
	}

	private static ContractKind kind(String element) {
		return switch (element) {
			case "marche" -> ContractKind.MARCHE;
			case "contrat-concession" -> ContractKind.CONCESSION;
			default -> null;
		};
	}

	/** The element at the current START_ELEMENT, read up to its END_ELEMENT. */
	@SuppressWarnings("unchecked")
	private static Object element(XMLStreamReader xml) throws XMLStreamException {
		Map<String, Object> children = null;
		StringBuilder text = null;
		while (true) {
			int event = xml.next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> {
					String name = xml.getLocalName();
					Object child = element(xml);
					if (children == null) {
						children = new LinkedHashMap<>();
					}
					Object existing = children.get(name);
					if (existing == null && !children.containsKey(name)) {
						children.put(name, child);
					} else if (existing instanceof List<?> list) {
						((List<Object>) list).add(child);
					} else {
						List<Object> list = new ArrayList<>();
						list.add(existing);
						list.add(child);
						children.put(name, list);
					}
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (text == null) {
						text = new StringBuilder();
					}
					text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
				}
				case XMLStreamConstants.END_ELEMENT -> {
					if (children != null) {
						return children;
					}
					return text == null ? "" : text.toString();
				}
				case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException(
						"fin de fichier inattendue dans l'élément", xml.getLocation());
				default -> {
					// comments, processing instructions
				}
			}
		}
	}

	private static String reason(XMLStreamException e) {
		String message = e.getMessage() == null ? "erreur de syntaxe" : e.getMessage();
		int marker = message.indexOf("Message: ");
		return marker >= 0 ? message.substring(marker + 9).strip() : message.strip();
	}

	private DecpFormatException error(Location location, String reason, Throwable cause) {
		long line = location == null ? 0 : location.getLineNumber();
		long column = location == null ? 0 : location.getColumnNumber();
		return new DecpFormatException(file, line, column, reason, cause);
	}
}
