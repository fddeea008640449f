package fr.ouvert.catalog.api;

import java.util.List;
import java.util.UUID;

import fr.ouvert.account.Organisation;
import fr.ouvert.catalog.domain.CatalogPermissions;
import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.reuse.Reuse;
import fr.ouvert.catalog.reuse.ReuseCommand;
import fr.ouvert.catalog.reuse.Reuses;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.opendata.Paged;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.kernel.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Reuses of the catalog's datasets through udata's API v1. */
@RestController
@RequestMapping("/api/1/reuses")
@Tag(name = "Catalogue : réutilisations", description = "Compatible avec l'API v1 de udata")
class ReuseApiController {

	/**
	 * A reuse as udata's API takes it.
	 *
	 * @param datasets ids or slugs of public datasets
	 * @param organization the id or slug of the organisation to publish for (its agents only)
	 */
	record ReusePayload(String title, String description, String url, String type, List<String> datasets,
			String organization) {
	}

	private final Reuses reuses;
	private final DatasetRepository datasets;
	private final CatalogPermissions permissions;
	private final CurrentUserSource users;
	private final CatalogViews views;
	private final MessageSource messages;

	ReuseApiController(Reuses reuses, DatasetRepository datasets, CatalogPermissions permissions,
			CurrentUserSource users, CatalogViews views, MessageSource messages) {
		this.reuses = reuses;
		this.datasets = datasets;
		this.permissions = permissions;
		this.users = users;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Les réutilisations, les plus récentes d'abord")
	Paged<ReuseJson> list(
			@Parameter(description = "Identifiant ou slug d'un jeu de données réutilisé") @RequestParam(required = false) String dataset,
			@Parameter(description = "Identifiant ou slug de l'organisation qui publie") @RequestParam(required = false) String organization,
			@Parameter(description = "Type (voir /api/1/reuses/types/)") @RequestParam(required = false) String type,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		if (type != null && !Reuse.TYPES.contains(type)) {
			throw new BadRequestException("type", "must be one of " + String.join(", ", Reuse.TYPES));
		}
		UUID datasetId = null;
		if (dataset != null) {
			datasetId = datasets.find(dataset)
				.filter(d -> permissions.canSee(users.current(), d))
				.map(Dataset::id)
				.orElse(null);
		}
		Long organisationId = organization == null ? null
				: views.organisation(organization).map(Organisation::id).orElse(null);
		if ((dataset != null && datasetId == null) || (organization != null && organisationId == null)) {
			return Paged.of(List.of(), request, 0, ServletUriComponentsBuilder.fromCurrentRequest());
		}
		Reuses.Found found = reuses.search(datasetId, organisationId, type, request);
		return Paged.of(views.reuses(found.reuses()), request, found.total(),
				ServletUriComponentsBuilder.fromCurrentRequest());
	}

	@GetMapping("/{idOrSlug}")
	@Operation(summary = "Une réutilisation, par identifiant ou slug")
	ReuseJson reuse(@PathVariable String idOrSlug) {
		Reuse reuse = reuses.find(idOrSlug).orElseThrow(() -> new NotFoundException("No reuse " + idOrSlug));
		return views.reuses(List.of(reuse)).get(0);
	}

	@GetMapping("/types")
	@Operation(summary = "Les types de réutilisation, avec les codes de udata")
	List<LabelJson> types() {
		return Reuse.TYPES.stream()
			.map(t -> new LabelJson(t, messages.getMessage("catalog.api.reuseType." + t, null, t, LocaleContextHolder.getLocale())))
			.toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@RateLimited
	@SecurityRequirement(name = DatasetWriteApiController.API_KEY)
	@Operation(summary = "Déclarer une réutilisation (personne connectée ; au nom de son organisation pour un agent)")
	ResponseEntity<?> create(@RequestBody ReusePayload payload) {
		Long organisation = null;
		if (payload.organization() != null) {
			// An unknown organisation is reported on its field, like one the author may not publish for.
			organisation = views.organisation(payload.organization()).map(Organisation::id).orElse(-1L);
		}
		Reuses.Outcome outcome = reuses.create(users.require(), new ReuseCommand(payload.title(), payload.description(),
				payload.url(), payload.type(), payload.datasets(), organisation));
		return outcome.ok() ? ResponseEntity.status(HttpStatus.CREATED).body(views.reuses(List.of(outcome.reuse())).get(0))
				: ValidationErrorJson.badRequest(outcome.errors(), messages);
	}

	@DeleteMapping("/{idOrSlug}")
	@RateLimited
	@SecurityRequirement(name = DatasetWriteApiController.API_KEY)
	@Operation(summary = "Archiver une réutilisation (son auteur, un agent de son organisation ou un administrateur)")
	ResponseEntity<Void> archive(@PathVariable String idOrSlug) {
		reuses.archive(users.require(), idOrSlug);
		return ResponseEntity.noContent().build();
	}
}
