package fr.ouvert.participation.opendata;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ouvert.kernel.opendata.CsvWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The comments of the consultations and their proposals, as CSV and as one JSON array, streamed. */
@RestController
@Tag(name = "Participation : données ouvertes", description = "Les commentaires et les votes anonymisés des consultations")
class ConsultationCommentsController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final ConsultationComments comments;
	private final ObjectMapper json;

	ConsultationCommentsController(ConsultationComments comments, ObjectMapper json) {
		this.comments = comments;
		this.json = json;
	}

	@GetMapping("/api/1/participation/comments.csv")
	@Operation(summary = "Les commentaires des consultations et de leurs propositions (CSV)",
			description = "Avec le commentaire auquel chacun répond (parent_id), sa profondeur et sa position (for, neutral, against). "
					+ "Le nom affiché par l'auteur seulement ; un commentaire masqué garde sa place sans son texte.")
	ResponseEntity<StreamingResponseBody> csv() {
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CsvWriter csv = new CsvWriter(writer);
			csv.writeRow(ConsultationComments.COLUMNS);
			comments.forEach(row -> csv.writeRow(ConsultationComments.values(row)));
			writer.flush();
		};
		return ResponseEntity.ok().contentType(CSV).body(body);
	}

	@GetMapping("/api/1/participation/comments.json")
	@Operation(summary = "Les commentaires des consultations et de leurs propositions (un tableau JSON)")
	ResponseEntity<StreamingResponseBody> json() {
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('[');
			boolean[] first = { true };
			comments.forEach(row -> {
				Map<String, Object> object = new LinkedHashMap<>();
				List<Object> values = ConsultationComments.values(row);
				for (int i = 0; i < values.size(); i++) {
					object.put(ConsultationComments.COLUMNS.get(i), values.get(i));
				}
				try {
					writer.write(first[0] ? "" : ",");
					writer.write(json.writeValueAsString(object));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				first[0] = false;
			});
			writer.write(']');
			writer.flush();
		};
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}
}
