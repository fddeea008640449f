package fr.ouvert.hatvp.declarations;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.xml.stream.Location;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.XMLEvent;

/**
 * Streams the declarations of HATVP's merged {@code declarations.xml}: root {@code <declarations>}, one
 * {@code <declaration>} after the other (a nested {@code <declarations>} wrapper, as some extracts have, is
 * tolerated). Only one declaration is held in memory at a time, whatever the file's size (≈ 88 MB upstream).
 *
 * <p>Every section ({@code …Dto}) has the same envelope, {@code <items><items>…</items></items><neant>…</neant>};
 * an absent {@code items} or {@code neant} reads as no item and not "néant". Values are kept as declared, with
 * their redactions ("[Données non publiées]") and normalised as {@link DeclaredText#normalise} says; amounts are
 * read by {@link Amount}; dates by {@link DeclaredDates}, an unreadable date becoming a {@link DeclarationIssue}.
 * DTDs and external entities are refused.
 */
public final class DeclarationsXmlReader implements Iterator<Declaration>, Closeable {

	private static final String DECLARATIONS = "declarations";
	private static final String DECLARATION = "declaration";

	private final String file;
	private final InputStream input;
	private final XMLEventReader events;
	private final XMLEventFactory eventFactory = XMLEventFactory.newInstance();
	private final XMLOutputFactory outputFactory = XMLOutputFactory.newInstance();
	private boolean rootSeen;
	private int index;
	private Declaration next;

	private DeclarationsXmlReader(String file, InputStream input) throws DeclarationsFormatException {
		this.file = file;
		this.input = input;
		XMLInputFactory factory = XMLInputFactory.newInstance();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		try {
			this.events = factory.createXMLEventReader(input);
		}
		catch (XMLStreamException e) {
			throw formatError(e.getLocation(), "", "lecture XML impossible : " + e.getMessage(), e);
		}
	}

	public static DeclarationsXmlReader open(Path path) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(path));
		try {
			return new DeclarationsXmlReader(path.getFileName().toString(), in);
		}
		catch (DeclarationsFormatException e) {
			in.close();
			throw e;
		}
	}

	/** @param fileName the name errors give the stream */
	public static DeclarationsXmlReader open(InputStream in, String fileName) throws IOException {
		return new DeclarationsXmlReader(fileName, new BufferedInputStream(in));
	}

	/** The next declaration, or null at the end of the file. */
	public Declaration read() throws DeclarationsFormatException {
		if (next != null) {
			Declaration found = next;
			next = null;
			return found;
		}
		try {
			while (events.hasNext()) {
				XMLEvent event = events.nextEvent();
				if (!event.isStartElement()) {
					continue;
				}
				String name = event.asStartElement().getName().getLocalPart();
				if (!rootSeen) {
					if (!name.equals(DECLARATIONS)) {
						throw formatError(event.getLocation(), name,
								"l'élément racine doit être <declarations>, trouvé <" + name + ">", null);
					}
					rootSeen = true;
				}
				else if (name.equals(DECLARATION)) {
					index++;
					return declaration(event);
				}
				else if (!name.equals(DECLARATIONS)) {
					throw formatError(event.getLocation(), name,
							"élément <" + name + "> inattendu entre les déclarations", null);
				}
			}
			if (!rootSeen) {
				throw formatError(null, "", "aucun élément <declarations>", null);
			}
			return null;
		}
		catch (XMLStreamException e) {
			throw formatError(e.getLocation(), "", "XML mal formé : " + e.getMessage(), e);
		}
	}

	@Override
	public boolean hasNext() {
		if (next == null) {
			try {
				next = read();
			}
			catch (DeclarationsFormatException e) {
				throw new UncheckedIOException(e);
			}
		}
		return next != null;
	}

	/** @throws UncheckedIOException wrapping a {@link DeclarationsFormatException} */
	@Override
	public Declaration next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		Declaration found = next;
		next = null;
		return found;
	}

	public Stream<Declaration> stream() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
				false);
	}

	@Override
	public void close() throws IOException {
		try {
			events.close();
		}
		catch (XMLStreamException e) {
			throw new IOException(file + " : " + e.getMessage(), e);
		}
		finally {
			input.close();
		}
	}

	/** Reads one declaration into a small tree while copying its events, then maps the tree. */
	private Declaration declaration(XMLEvent start) throws XMLStreamException, DeclarationsFormatException {
		StringWriter xml = new StringWriter();
		XMLEventWriter copy = outputFactory.createXMLEventWriter(xml);
		Location location = start.getLocation();
		Node root = new Node(DECLARATION, null);
		copy.add(start);
		Node current = root;
		int depth = 1;
		while (depth > 0) {
			if (!events.hasNext()) {
				throw formatError(location, DECLARATION, "fin de fichier au milieu de la déclaration", null);
			}
			XMLEvent event = events.nextEvent();
			copy.add(event.isCharacters() ? eventFactory.createCharacters(event.asCharacters().getData()) : event);
			if (event.isStartElement()) {
				depth++;
				Node child = new Node(event.asStartElement().getName().getLocalPart(), current);
				current.children.add(child);
				current = child;
			}
			else if (event.isEndElement()) {
				depth--;
				current = current.parent == null ? current : current.parent;
			}
			else if (event.isCharacters()) {
				current.text.append(event.asCharacters().getData());
			}
		}
		copy.close();
		return map(root, xml.toString(), location);
	}

	private Declaration map(Node root, String xml, Location location) throws DeclarationsFormatException {
		String uuid = DeclaredText.normalise(root.childText("uuid"));
		if (uuid.isEmpty()) {
			throw formatError(location, "declaration/uuid", "identifiant (uuid) absent ou vide", null);
		}
		List<DeclarationIssue> issues = new ArrayList<>();
		String dateDepotText = DeclaredText.normalise(root.childText("dateDepot"));
		var dateDepot = DeclaredDates.dateTime(dateDepotText);
		if (dateDepot == null) {
			issues.add(dateIssue("dateDepot", dateDepotText, "jj/mm/aaaa hh:mm:ss"));
		}
		Node generalNode = root.child("general");
		if (generalNode == null) {
			throw formatError(location, "declaration/general", "bloc <general> absent (déclaration " + uuid + ")", null);
		}
		Map<String, String> generalFields = new LinkedHashMap<>();
		flatten(generalNode, "", generalFields);
		General general = new General(generalFields, mandateDate(generalFields, "dateDebutMandat", issues),
				mandateDate(generalFields, "dateFinMandat", issues));
		List<Section> sections = new ArrayList<>();
		for (Node child : root.children) {
			if (child.name.endsWith("Dto")) {
				sections.add(section(child, issues));
			}
		}
		return new Declaration(index, uuid, dateDepotText, dateDepot, DeclaredText.normalise(root.childText("origine")),
				DeclaredText.normalise(root.childText("declarationVersion")), general, sections, xml, issues);
	}

	private static java.time.LocalDate mandateDate(Map<String, String> fields, String name,
			List<DeclarationIssue> issues) {
		String text = fields.getOrDefault(name, "");
		java.time.LocalDate date = DeclaredDates.date(text);
		if (date == null && !text.isEmpty()) {
			issues.add(dateIssue("general/" + name, text, "jj/mm/aaaa"));
		}
		return date;
	}

	private static DeclarationIssue dateIssue(String path, String text, String shape) {
		return new DeclarationIssue("HATVP-DECL-DATE", path,
				text.isEmpty() ? "date absente" : "« " + text + " » n'est pas une date " + shape + " ; texte conservé");
	}

	private static Section section(Node node, List<DeclarationIssue> issues) {
		boolean neant = "true".equalsIgnoreCase(DeclaredText.normalise(node.childText("neant")));
		List<Item> items = new ArrayList<>();
		Node envelope = node.child("items");
		if (envelope != null) {
			for (Node entry : envelope.children) {
				items.add(item(node.name, entry, items.size() + 1, issues));
			}
		}
		return new Section(node.name, neant, items);
	}

	private static Item item(String section, Node entry, int index, List<DeclarationIssue> issues) {
		Map<String, String> fields = new LinkedHashMap<>();
		List<Item.YearlyAmount> amounts = new ArrayList<>();
		Node remuneration = entry.child("remuneration");
		Node yearly = remuneration == null ? null : remuneration.child("montant");
		Map<String, Integer> seen = new HashMap<>();
		for (Node child : entry.children) {
			if (child == remuneration && yearly != null && !yearly.children.isEmpty()) {
				for (Node part : remuneration.children) {
					if (part == yearly) {
						for (Node pair : yearly.children) {
							String yearText = DeclaredText.normalise(pair.childText("annee"));
							amounts.add(new Item.YearlyAmount(year(yearText), yearText,
									Amount.parse(DeclaredText.normalise(pair.childText("montant")))));
						}
					}
					else {
						flattenOne(part, "remuneration/", fields, seen);
					}
				}
			}
			else {
				flattenOne(child, "", fields, seen);
			}
		}
		for (String dateField : List.of("dateDebut", "dateFin")) {
			String text = fields.getOrDefault(dateField, "");
			if (!text.isEmpty() && DeclaredDates.month(text) == null) {
				issues.add(new DeclarationIssue("HATVP-DECL-DATE", section + "/items[" + index + "]/" + dateField,
						"« " + text + " » n'est pas un mois mm/aaaa ; texte conservé"));
			}
		}
		return new Item(index, fields, amounts);
	}

	private static Integer year(String text) {
		return text.matches("\\d{4}") ? Integer.valueOf(text) : null;
	}

	private static void flatten(Node node, String prefix, Map<String, String> fields) {
		Map<String, Integer> seen = new HashMap<>();
		for (Node child : node.children) {
			flattenOne(child, prefix, fields, seen);
		}
	}

	private static void flattenOne(Node child, String prefix, Map<String, String> fields, Map<String, Integer> seen) {
		int occurrence = seen.merge(child.name, 1, Integer::sum);
		String path = prefix + child.name + (occurrence > 1 ? "[" + occurrence + "]" : "");
		if (child.children.isEmpty()) {
			fields.put(path, DeclaredText.normalise(child.text.toString()));
		}
		else {
			flatten(child, path + "/", fields);
		}
	}

	private DeclarationsFormatException formatError(Location location, String path, String reason, Throwable cause) {
		long line = location == null ? 0 : location.getLineNumber();
		long column = location == null ? 0 : location.getColumnNumber();
		return new DeclarationsFormatException(file, line, column, index, null, path, reason, cause);
	}

	/** An element of the declaration being read. */
	private static final class Node {
		final String name;
		final Node parent;
		final List<Node> children = new ArrayList<>();
		final StringBuilder text = new StringBuilder();

		Node(String name, Node parent) {
			this.name = name;
			this.parent = parent;
		}

		Node child(String childName) {
			for (Node child : children) {
				if (child.name.equals(childName)) {
					return child;
				}
			}
			return null;
		}

		String childText(String childName) {
			Node child = child(childName);
			return child == null ? "" : child.text.toString();
		}
	}
}
