package fr.ouvert.participation.opendata;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import fr.ouvert.participation.contribution.ConsultationRef;
import fr.ouvert.participation.contribution.ConsultationRefs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The download of a consultation's anonymised vote matrix, as Pol.is publishes it. */
@RestController
@Tag(name = "Participation : données ouvertes", description = "Les commentaires et les votes anonymisés des consultations")
class VoteMatrixController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final ConsultationRefs consultations;
	private final VoteMatrix matrix;

	VoteMatrixController(ConsultationRefs consultations, VoteMatrix matrix) {
		this.consultations = consultations;
		this.matrix = matrix;
	}

	@GetMapping("/api/1/participation/consultations/{slug}/participants-votes.csv")
	@Operation(summary = "La matrice anonymisée participants × affirmations (format participants-votes.csv de Pol.is)",
			description = "Une ligne par participant, numéroté dans l'ordre de sa première participation à cette consultation ; "
					+ "une colonne par affirmation visible : 1 d'accord, -1 pas d'accord, 0 je passe, vide sans vote.")
	ResponseEntity<StreamingResponseBody> participantsVotes(@PathVariable String slug) {
		ConsultationRef consultation = consultations.require(slug);
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			matrix.write(consultation.id(), writer);
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(consultation.slug() + "-participants-votes.csv")
				.build()
				.toString())
			.body(body);
	}
}
