package fr.ouvert.participation.consultation.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import fr.ouvert.participation.consultation.Consultation;
import fr.ouvert.participation.consultation.Consultations;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Atom 1.0 feed (RFC 4287) of the access point: the published consultations that changed last, each entry saying its
 * organiser, dates and phase, updated when the consultation changes.
 */
@RestController
class ConsultationFeedController {

	static final int ENTRIES = 50;
	private static final String ATOM = "http://www.w3.org/2005/Atom";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

	private final Consultations consultations;
	private final MessageSource messages;

	ConsultationFeedController(Consultations consultations, MessageSource messages) {
		this.consultations = consultations;
		this.messages = messages;
	}

	@GetMapping(path = "/consultations/flux.atom", produces = "application/atom+xml")
	ResponseEntity<String> feed() throws XMLStreamException {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<Consultations.Listed> entries = consultations.recentlyUpdated(ENTRIES);
		Instant updated = entries.stream().map(l -> l.consultation().updatedAt()).max(Instant::compareTo)
			.orElse(Instant.EPOCH);
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "fr");
		element(xml, "id", base + "/consultations");
		element(xml, "title", messages.getMessage("participation.feed.title", null, Locale.FRENCH));
		element(xml, "subtitle", messages.getMessage("participation.feed.subtitle", null, Locale.FRENCH));
		element(xml, "updated", atomDate(updated));
		link(xml, "self", base + "/consultations/flux.atom", "application/atom+xml");
		link(xml, "alternate", base + "/consultations", "text/html");
		xml.writeStartElement("author");
		element(xml, "name", "Ouvert");
		xml.writeEndElement();
		for (Consultations.Listed listed : entries) {
			Consultation c = listed.consultation();
			xml.writeStartElement("entry");
			element(xml, "id", base + c.path());
			element(xml, "title", c.title());
			element(xml, "published", atomDate(c.publishedAt()));
			element(xml, "updated", atomDate(c.updatedAt()));
			link(xml, "alternate", base + c.path(), "text/html");
			xml.writeStartElement("author");
			element(xml, "name", c.organisationName());
			xml.writeEndElement();
			xml.writeEmptyElement("category");
			xml.writeAttribute("term", c.theme());
			String phase = messages.getMessage("participation.phase." + listed.phase().code(), null, Locale.FRENCH);
			String overdue = listed.overdue() ? " — " + messages.getMessage("participation.overdue", null, Locale.FRENCH) : "";
			element(xml, "summary", messages.getMessage("participation.feed.summary",
					new Object[] { c.organisationName(), DAY.format(c.opensOn()), DAY.format(c.lastDay()),
							phase + overdue },
					Locale.FRENCH));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(out.toString());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	private static String atomDate(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}
}
