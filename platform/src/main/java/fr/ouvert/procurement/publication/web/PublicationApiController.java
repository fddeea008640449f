package fr.ouvert.procurement.publication.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import fr.ouvert.decp.DecpFormatException;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.web.ApiError;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.procurement.importing.ImportJson;
import fr.ouvert.procurement.importing.ImportReports;
import fr.ouvert.procurement.importing.ImportResult;
import fr.ouvert.procurement.publication.Publications;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Buyers publish through the API with their key: {@code POST} the file as the request body (JSON or XML), read
 * the report answered, then confirm.
 */
@RestController
class PublicationApiController {

	private final Publications publications;
	private final ImportReports reports;
	private final CurrentUserSource users;

	PublicationApiController(Publications publications, ImportReports reports, CurrentUserSource users) {
		this.publications = publications;
		this.reports = reports;
		this.users = users;
	}

	/** Validates the posted DECP file; answers 201 with the pending import and its report. */
	@PostMapping("/api/1/procurement/publications")
	ResponseEntity<?> publish(HttpServletRequest request, @RequestParam(defaultValue = "publication.json") String filename)
			throws IOException {
		CurrentUser user = users.require();
		if (publications.publisherOrganisation(user).isEmpty()) {
			throw new AccessDeniedException("Not an agent of an organisation with a SIRET");
		}
		try {
			ImportResult result = publications.upload(user, filename, request.getInputStream());
			return ResponseEntity.status(HttpStatus.CREATED).body(json(result.importId()));
		}
		catch (DecpFormatException e) {
			return ResponseEntity.unprocessableContent()
				.body(new ApiError("Le fichier n'est pas lisible en DECP", 422, Map.of("file", e.getMessage())));
		}
		catch (Publications.TooLarge e) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(new ApiError(e.getMessage(), 413, Map.of("file", e.getMessage())));
		}
	}

	/** Publishes a pending import: its records enter the store. */
	@PostMapping("/api/1/procurement/publications/{id}/confirm")
	ResponseEntity<?> confirm(@PathVariable long id) {
		try {
			ImportResult result = publications.confirm(users.require(), id);
			return ResponseEntity.ok(json(result.importId()));
		}
		catch (IOException e) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(new ApiError("Le fichier de cette publication n'est plus disponible", 409, Map.of()));
		}
	}

	private ImportJson json(long importId) {
		return reports.report(importId).map(ImportJson::of).orElseThrow(() -> new NotFoundException("No import " + importId));
	}
}
