package fr.ouvert.catalog.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import fr.ouvert.account.Organisation;
import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetCommand;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.domain.Datasets;
import fr.ouvert.catalog.domain.ResourceCommand;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * udata's write API for datasets and resources, for agents' programs with an API key
 * ({@code X-API-KEY}). Everything goes through {@link Datasets}, which checks the permissions and
 * writes the audit trail; validation problems come back as udata's 400.
 */
@RestController
@RequestMapping("/api/1/datasets")
@Tag(name = "Catalogue : publication", description = "Créer et modifier des jeux de données avec une clé d'API (en-tête X-API-KEY), comme sur data.gouv.fr")
@SecurityRequirement(name = DatasetWriteApiController.API_KEY)
@SecurityScheme(name = DatasetWriteApiController.API_KEY, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
		paramName = DatasetWriteApiController.API_KEY, description = "La clé d'API d'un compte, créée sur « Mon compte »")
class DatasetWriteApiController {

	static final String API_KEY = "X-API-KEY";

	record TemporalCoveragePayload(String start, String end) {
	}

	record SpatialPayload(List<String> zones, String granularity) {
	}

	record BadgePayload(String kind) {
	}

	/**
	 * A dataset as udata's API takes it. On PUT, a field left out keeps its value, and the
	 * organisation stays (a dataset does not move between organisations).
	 *
	 * @param organization the organisation's id (or slug)
	 * @param isPrivate {@code true} to keep the dataset to its organisation
	 */
	record DatasetPayload(String title, String acronym, String description, String organization, List<String> tags,
			String license, String frequency, TemporalCoveragePayload temporalCoverage, SpatialPayload spatial,
			@com.fasterxml.jackson.annotation.JsonProperty("private") Boolean isPrivate, List<BadgePayload> badges) {
	}

	record SchemaPayload(String name) {
	}

	record ResourcePayload(String title, String url, String type, String format, String description,
			SchemaPayload schema) {
	}

	private final Datasets datasets;
	private final DatasetRepository repository;
	private final CurrentUserSource users;
	private final CatalogViews views;
	private final MessageSource messages;

	DatasetWriteApiController(Datasets datasets, DatasetRepository repository, CurrentUserSource users,
			CatalogViews views, MessageSource messages) {
		this.datasets = datasets;
		this.repository = repository;
		this.users = users;
		this.views = views;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@RateLimited
	@Operation(summary = "Créer un jeu de données (agent de l'organisation ou administrateur)")
	ResponseEntity<?> create(@RequestBody DatasetPayload payload) {
		Datasets.Outcome outcome = datasets.create(users.require(), command(payload, null));
		return outcome.ok() ? ResponseEntity.status(HttpStatus.CREATED).body(views.dataset(outcome.dataset()))
				: ValidationErrorJson.badRequest(outcome.errors(), messages);
	}

	@PutMapping(path = "/{idOrSlug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@RateLimited
	@Operation(summary = "Modifier un jeu de données ; les champs absents gardent leur valeur")
	ResponseEntity<?> update(@PathVariable String idOrSlug, @RequestBody DatasetPayload payload) {
		Dataset before = repository.find(idOrSlug).orElseThrow(() -> new NotFoundException("No dataset " + idOrSlug));
		Datasets.Outcome outcome = datasets.update(users.require(), idOrSlug, command(payload, before));
		return outcome.ok() ? ResponseEntity.ok(views.dataset(outcome.dataset()))
				: ValidationErrorJson.badRequest(outcome.errors(), messages);
	}

	@DeleteMapping("/{idOrSlug}")
	@RateLimited
	@Operation(summary = "Archiver un jeu de données (il reste lisible par son identifiant, hors de la recherche)")
	ResponseEntity<Void> archive(@PathVariable String idOrSlug) {
		datasets.archive(users.require(), idOrSlug);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/{idOrSlug}/resources", consumes = MediaType.APPLICATION_JSON_VALUE)
	@RateLimited
	@Operation(summary = "Ajouter une ressource distante (un lien)")
	ResponseEntity<?> addResource(@PathVariable String idOrSlug, @RequestBody ResourcePayload payload) {
		Datasets.ResourceOutcome outcome = datasets.addRemoteResource(users.require(), idOrSlug,
				new ResourceCommand(payload.title(), payload.description(), payload.type(), payload.url(), payload.format(),
						payload.schema() == null ? null : payload.schema().name()));
		return outcome.ok() ? ResponseEntity.status(HttpStatus.CREATED).body(views.resource(outcome.resource()))
				: ValidationErrorJson.badRequest(outcome.errors(), messages);
	}

	@DeleteMapping("/{idOrSlug}/resources/{resourceId}")
	@RateLimited
	@Operation(summary = "Supprimer une ressource (et son fichier déposé)")
	ResponseEntity<Void> deleteResource(@PathVariable String idOrSlug, @PathVariable String resourceId) {
		datasets.deleteResource(users.require(), idOrSlug, DatasetApiController.uuid(resourceId));
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/{idOrSlug}/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@RateLimited
	@Operation(summary = "Déposer un fichier comme nouvelle ressource",
			description = "Formulaire multipart : file (obligatoire), title (par défaut le nom du fichier), type, format, "
					+ "description, schema (nom d'un schéma). Taille maximale : spring.servlet.multipart.max-file-size (413 au-delà).")
	ResponseEntity<?> upload(@PathVariable String idOrSlug,
			@Parameter(description = "Le fichier") @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String title, @RequestParam(required = false) String type,
			@RequestParam(required = false) String format, @RequestParam(required = false) String description,
			@RequestParam(required = false) String schema) throws IOException {
		if (file == null || file.isEmpty()) {
			return ValidationErrorJson.badRequest(new FormErrors().reject("file", "catalog.error.file"), messages);
		}
		Datasets.ResourceOutcome outcome;
		try (InputStream content = file.getInputStream()) {
			outcome = datasets.addUploadedResource(users.require(), idOrSlug,
					new ResourceCommand(title, description, type, null, format, schema), file.getOriginalFilename(),
					file.getContentType(), content);
		}
		return outcome.ok() ? ResponseEntity.status(HttpStatus.CREATED).body(views.resource(outcome.resource()))
				: ValidationErrorJson.badRequest(outcome.errors(), messages);
	}

	/** The payload as a command; on update, what the payload leaves out is taken from the dataset as it is. */
	private DatasetCommand command(DatasetPayload p, Dataset before) {
		// An unknown organisation gives null, reported on the organization field.
		Long organisation = views.organisation(p.organization()).map(Organisation::id).orElse(null);
		if (before != null) {
			return new DatasetCommand(or(p.title(), before.title()), or(p.acronym(), before.acronym()),
					or(p.description(), before.description()), before.organisationId(), or(p.tags(), before.tags()),
					or(p.license(), before.licence()), or(p.frequency(), before.frequency()),
					p.temporalCoverage() != null ? p.temporalCoverage().start() : string(before.temporalStart()),
					p.temporalCoverage() != null ? p.temporalCoverage().end() : string(before.temporalEnd()),
					p.spatial() != null ? p.spatial().zones() : before.spatialZones(),
					p.spatial() != null ? p.spatial().granularity() : before.spatialGranularity(), badges(p),
					p.isPrivate() == null ? before.visibility() : p.isPrivate() ? "private" : "public");
		}
		return new DatasetCommand(p.title(), p.acronym(), p.description(), organisation, p.tags(), p.license(),
				p.frequency(), p.temporalCoverage() == null ? null : p.temporalCoverage().start(),
				p.temporalCoverage() == null ? null : p.temporalCoverage().end(),
				p.spatial() == null ? null : p.spatial().zones(), p.spatial() == null ? null : p.spatial().granularity(),
				badges(p), Boolean.TRUE.equals(p.isPrivate()) ? "private" : "public");
	}

	private static List<String> badges(DatasetPayload p) {
		return p.badges() == null ? null : p.badges().stream().map(BadgePayload::kind).toList();
	}

	private static <T> T or(T value, T otherwise) {
		return value != null ? value : otherwise;
	}

	private static String string(Object value) {
		return value == null ? null : value.toString();
	}
}
