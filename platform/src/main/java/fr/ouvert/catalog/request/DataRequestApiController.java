package fr.ouvert.catalog.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.opendata.Paged;
import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.kernel.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The data requests' read API, in udata's style (envelope, snake_case, absolute links). The
 * requester is described by their kind only.
 */
@RestController
@RequestMapping("/api/1/data-requests")
@Tag(name = "Demandes d'ouverture de données", description = "Demandes d'ouverture de jeux de données, leurs soutiens et la réponse des administrations")
class DataRequestApiController {

	record OrganizationRef(long id, String name) {
	}

	record LegalGroundResource(String code, String article, String label) {
	}

	record DataRequestResource(long id, String title, String description, OrganizationRef organization,
			String requesterKind, String status, LocalDate plannedDate, LegalGroundResource legalGround, String existingUrl,
			String answer, Instant answeredAt, String answeringOrganization, int supportCount, Instant createdAt, String uri,
			String page) {
	}

	private final DataRequestQueries queries;
	private final MessageSource messages;

	DataRequestApiController(DataRequestQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Les demandes d'ouverture de données, des plus récentes aux plus anciennes")
	Paged<DataRequestResource> list(
			@Parameter(description = "Statut : submitted, accepted, refused, already-exists") @RequestParam(required = false) String status,
			@Parameter(description = "Identifiant de l'organisation sollicitée") @RequestParam(required = false) Long organization,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		DataRequestStatus wanted = status == null || status.isBlank() ? null
				: DataRequestStatus.of(status)
					.orElseThrow(() -> new BadRequestException("status", "must be submitted, accepted, refused or already-exists"));
		DataRequestQueries.Listing listing = queries.list(wanted, organization, request);
		return Paged.of(listing.requests().stream().map(this::resource).toList(), request, listing.total(),
				ServletUriComponentsBuilder.fromCurrentRequest());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Une demande d'ouverture de données, avec la réponse de l'administration")
	DataRequestResource one(@PathVariable long id) {
		return resource(queries.find(id).orElseThrow(() -> new NotFoundException("No data request " + id)));
	}

	private DataRequestResource resource(DataRequest r) {
		LegalGround g = r.legalGround();
		return new DataRequestResource(r.id(), r.title(), r.description(),
				new OrganizationRef(r.organisationId(), r.organisationName()), r.requesterKind().code(), r.status().code(),
				r.plannedDate(),
				g == null ? null : new LegalGroundResource(g.code(), g.article(),
						messages.getMessage("catalog.request.ground." + g.code(), null, Locale.FRENCH)),
				r.existingUrl(), r.answer(), r.answeredAt(), r.answeringOrganisationName(), r.supportCount(), r.createdAt(),
				absolute("/api/1/data-requests/" + r.id()), absolute(r.path()));
	}

	private static String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
	}
}
