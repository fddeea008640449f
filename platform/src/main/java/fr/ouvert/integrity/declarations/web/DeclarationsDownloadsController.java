package fr.ouvert.integrity.declarations.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import fr.ouvert.hatvp.declarations.DeclarationsCsvWriter;
import fr.ouvert.integrity.declarations.Declarations;
import fr.ouvert.kernel.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The declarations as downloads: the original XML (all, or one declaration) and the CSV publication (one file per
 * section, {@code declarations.csv}, {@code remuneration_annuelle.csv}…, see {@link DeclarationsCsvWriter}).
 * These are the legally published declarations of named officials, not kernel open datasets (which must hold no
 * personal data): they are served here, as HATVP serves them, with the same content.
 */
@RestController
@RequestMapping("/api/1/integrity/declarations")
@Tag(name = "Intégrité : déclarations", description = "Les déclarations d'intérêts et de patrimoine publiées par la HATVP, en XML et en CSV")
class DeclarationsDownloadsController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final Declarations declarations;

	DeclarationsDownloadsController(Declarations declarations) {
		this.declarations = declarations;
	}

	@GetMapping(path = "/declarations.xml", produces = "application/xml")
	@Operation(summary = "Toutes les déclarations, chacune dans son XML d'origine, sous une racine <declarations>")
	ResponseEntity<StreamingResponseBody> allXml() {
		return download("declarations.xml", XML, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<declarations>\n");
			declarations.forEachXml(xml -> {
				try {
					writer.write(xml);
					writer.write('\n');
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			writer.write("</declarations>\n");
			writer.flush();
		});
	}

	@GetMapping(path = "/{id}.xml", produces = "application/xml")
	@Operation(summary = "Une déclaration dans son XML d'origine, par son uuid")
	ResponseEntity<String> oneXml(@PathVariable("id") String uuid) {
		String xml = declarations.xml(uuid).orElseThrow(() -> new NotFoundException("No declaration " + uuid));
		return ResponseEntity.ok()
			.contentType(XML)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + uuid + ".xml\"")
			.body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<declarations>\n" + xml + "\n</declarations>\n");
	}

	@GetMapping(path = "/csv/{slug}.csv", produces = "text/csv")
	@Operation(summary = "Une table de la publication CSV : declarations, sections, une par rubrique "
			+ "(mandats_electifs, participations_financieres…), remuneration_annuelle, autres_sections")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable("slug") String table) {
		if (!DeclarationsCsvWriter.tableNames().contains(table)) {
			throw new NotFoundException("No declarations table " + table);
		}
		return download(table + ".csv", CSV, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			DeclarationsCsvWriter csv = new DeclarationsCsvWriter(table, writer);
			declarations.forEach(csv::write);
			csv.close();
		});
	}

	private static ResponseEntity<StreamingResponseBody> download(String name, MediaType type, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}
}
