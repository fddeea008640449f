package fr.ouvert.integrity.register.web;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.kernel.config.OuvertProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Atom feed of the register's changes (RFC 4287): every new version of a registration and every report filed,
 * latest first, as Regards Citoyens' feed did for HATVP's register.
 */
@Controller
class RegisterFeedController {

	static final int ENTRIES = 50;
	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final JdbcClient jdbc;
	private final String base;

	RegisterFeedController(JdbcClient jdbc, OuvertProperties properties) {
		this.jdbc = jdbc;
		this.base = properties.baseUrl().replaceAll("/$", "");
	}

	private record Change(String kind, long representative, long subject, int version, Instant at, String denomination,
			String detail) {
	}

	@GetMapping(RegisterController.PATH + "/flux.atom")
	void feed(HttpServletResponse response) throws IOException {
		List<Change> changes = jdbc.sql("""
				(select 'version' as kind, v.representative_id, v.version::bigint as subject, v.version, v.recorded_at as at,
				   r.denomination, array_to_string(v.changed_fields, ', ') as detail
				 from integrity_representative_version v join integrity_representative r on r.id = v.representative_id
				 order by v.recorded_at desc limit ?)
				union all
				(select 'report', e.representative_id, e.id, 0, e.filed_at, r.denomination,
				   to_char(e.date_start, 'DD/MM/YYYY') || ' – ' || to_char(e.date_end, 'DD/MM/YYYY')
				 from integrity_exercise e join integrity_representative r on r.id = e.representative_id
				 where e.filed_at is not null order by e.filed_at desc limit ?)
				order by at desc, kind, subject desc limit ?""")
			.params(ENTRIES, ENTRIES, ENTRIES)
			.query((rs, n) -> new Change(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
					((Timestamp) rs.getObject(5)).toInstant(), rs.getString(6), rs.getString(7)))
			.list();
		response.setContentType("application/atom+xml;charset=UTF-8");
		try (OutputStream out = response.getOutputStream()) {
			write(out, changes);
		}
		catch (XMLStreamException e) {
			throw new IOException("The Atom feed could not be written", e);
		}
	}

	private void write(OutputStream out, List<Change> changes) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(ATOM);
		xml.writeStartElement(ATOM, "feed");
		xml.writeDefaultNamespace(ATOM);
		element(xml, "id", base + RegisterController.PATH + "/flux.atom");
		element(xml, "title", "Répertoire des représentants d'intérêts : changements");
		element(xml, "updated", changes.isEmpty() ? "1970-01-01T00:00:00Z" : stamp(changes.get(0).at()));
		link(xml, base + RegisterController.PATH + "/flux.atom", "self");
		link(xml, base + RegisterController.PATH, "alternate");
		xml.writeStartElement("author");
		element(xml, "name", "Ouvert");
		xml.writeEndElement();
		for (Change change : changes) {
			String page = base + RegisterController.PATH + "/" + change.representative();
			xml.writeStartElement("entry");
			if (change.kind().equals("version")) {
				element(xml, "id", page + "#version-" + change.version());
				element(xml, "title", change.version() == 1 ? change.denomination() + " : inscription"
						: change.denomination() + " : version " + change.version() + " de l'inscription");
				element(xml, "summary", change.version() == 1 ? "Première inscription au répertoire."
						: "Champs modifiés : " + change.detail() + ".");
				link(xml, page + "#historique", "alternate");
			}
			else {
				element(xml, "id", page + "#rapport-" + change.subject());
				element(xml, "title", change.denomination() + " : rapport d'activité déposé");
				element(xml, "summary", "Exercice du " + change.detail() + ".");
				link(xml, page + "#rapport-" + change.subject(), "alternate");
			}
			element(xml, "updated", stamp(change.at()));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

	private static String stamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}
}
