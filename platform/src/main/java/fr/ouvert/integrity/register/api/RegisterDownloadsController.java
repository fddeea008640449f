package fr.ouvert.integrity.register.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.ouvert.hatvp.register.RegisterCsvTable;
import fr.ouvert.hatvp.register.RegisterCsvWriter;
import fr.ouvert.hatvp.register.RegisterJsonWriter;
import fr.ouvert.integrity.register.domain.RegisterQueries;
import fr.ouvert.integrity.register.importing.PublicationMapping;
import fr.ouvert.kernel.config.OuvertProperties;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.kernel.web.RetryLaterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The register in HATVP's own shapes, so its reusers keep working: the JSON of {@code agora_repertoire_opendata.json}
 * and the 15 CSV tables of {@code Vues_Separees.zip} (one by one, or zipped), written one representative at a time by
 * the {@code ouvert-hatvp} library's writers.
 */
@RestController
@RequestMapping("/api/1/integrity/register")
@Tag(name = "Représentants d'intérêts : téléchargements", description = "Le répertoire aux formats de la HATVP")
class RegisterDownloadsController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final RegisterQueries queries;
	private final Semaphore downloadSlots;

	RegisterDownloadsController(RegisterQueries queries, OuvertProperties properties) {
		this.queries = queries;
		// Each download reads the whole register: as many may run at once as the kernel allows exports.
		this.downloadSlots = new Semaphore(properties.openData().maxConcurrentExports());
	}

	@GetMapping(path = "/agora_repertoire_opendata.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Tout le répertoire au format JSON de la HATVP ({\"publications\": [...]}, mêmes clés)")
	ResponseEntity<StreamingResponseBody> json() {
		return download("agora_repertoire_opendata.json", MediaType.APPLICATION_JSON, out -> {
			RegisterJsonWriter writer = new RegisterJsonWriter(out);
			queries.forEach(s -> writer.write(PublicationMapping.publication(s.identity(), s.firstPublishedAt(),
					s.updatedAt(), s.reports(), s.flagged())));
			writer.close();
		});
	}

	/** The table by its name without extension (its slug in the URL). */
	@GetMapping(path = "/csv/{slug}.csv", produces = "text/csv")
	@Operation(summary = "Une des 15 tables CSV de la HATVP (« vues séparées »), ex. 1_informations_generales, 15_exercices")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable("slug") String table) {
		RegisterCsvTable wanted = Arrays.stream(RegisterCsvTable.values()).filter(t -> t.tableName().equals(table)).findFirst()
			.orElseThrow(() -> new NotFoundException("No HATVP CSV table " + table));
		return download(wanted.fileName(), CSV, out -> {
			Map<RegisterCsvTable, Writer> writers = new EnumMap<>(RegisterCsvTable.class);
			Writer body = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			for (RegisterCsvTable t : RegisterCsvTable.values()) {
				writers.put(t, t == wanted ? body : Writer.nullWriter());
			}
			write(new RegisterCsvWriter(writers));
		});
	}

	@GetMapping(path = "/csv/Vues_Separees.zip", produces = "application/zip")
	@Operation(summary = "Les 15 tables CSV de la HATVP dans une archive zip, comme Vues_Separees.zip")
	ResponseEntity<StreamingResponseBody> zip() {
		return download("Vues_Separees.zip", MediaType.parseMediaType("application/zip"), out -> {
			// The writer fills the 15 tables together; they are written to a temporary folder, then zipped in turn.
			Path folder = Files.createTempDirectory("ouvert-register-csv");
			try {
				write(RegisterCsvWriter.toFolder(folder));
				try (ZipOutputStream zip = new ZipOutputStream(out)) {
					for (RegisterCsvTable table : RegisterCsvTable.values()) {
						zip.putNextEntry(new ZipEntry("Vues_Separees/" + table.fileName()));
						Files.copy(folder.resolve(table.fileName()), zip);
						zip.closeEntry();
					}
				}
			}
			finally {
				for (RegisterCsvTable table : RegisterCsvTable.values()) {
					Files.deleteIfExists(folder.resolve(table.fileName()));
				}
				Files.deleteIfExists(folder);
			}
		});
	}

	private void write(RegisterCsvWriter writer) throws IOException {
		try (writer) {
			queries.forEach(s -> writer.write(PublicationMapping.publication(s.identity(), s.firstPublishedAt(), s.updatedAt(),
					s.reports(), s.flagged())));
		}
	}

	private ResponseEntity<StreamingResponseBody> download(String fileName, MediaType type, StreamingResponseBody body) {
		if (!downloadSlots.tryAcquire()) {
			throw new RetryLaterException(HttpStatus.SERVICE_UNAVAILABLE, "Too many downloads running", 10);
		}
		StreamingResponseBody inSlot = out -> {
			try {
				body.writeTo(out);
			}
			finally {
				downloadSlots.release();
			}
		};
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(inSlot);
	}
}
