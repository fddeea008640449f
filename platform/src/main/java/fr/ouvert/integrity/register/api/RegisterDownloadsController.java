package fr.ouvert.integrity.register.api;

import java.util.concurrent.Semaphore;

import fr.ouvert.hatvp.register.RegisterJsonWriter;
import fr.ouvert.integrity.register.domain.RegisterQueries;
import fr.ouvert.integrity.register.importing.PublicationMapping;
import fr.ouvert.kernel.config.OuvertProperties;
import fr.ouvert.kernel.web.RetryLaterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The register in HATVP's own shapes, so its reusers keep working: the JSON of {@code agora_repertoire_opendata.json},
 * streamed one representative at a time through the {@code ouvert-hatvp} library's writer.
 */
@RestController
@RequestMapping("/api/1/integrity/register")
@Tag(name = "Représentants d'intérêts : téléchargements", description = "Le répertoire aux formats de la HATVP")
class RegisterDownloadsController {

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
