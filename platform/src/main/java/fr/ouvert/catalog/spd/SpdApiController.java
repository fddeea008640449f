package fr.ouvert.catalog.spd;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.opendata.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The ministries' opening calendar of the service public de la donnée, in udata's envelope. */
@RestController
@RequestMapping("/api/1/spd")
@Tag(name = "Service public de la donnée", description = "Calendrier d'ouverture des jeux de données à fort impact des ministères")
class SpdApiController {

	record OrganizationRef(long id, String name) {
	}

	record CalendarEntryResource(long id, OrganizationRef organization, String title, String description,
			LocalDate plannedDate, LocalDate startedOn, LocalDate openedOn, String status, String datasetUrl,
			Instant updatedAt) {
	}

	private final SpdQueries queries;

	SpdApiController(SpdQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/calendar")
	@Operation(summary = "Le calendrier d'ouverture des ministères, par ministère puis date prévue")
	Paged<CalendarEntryResource> calendar(
			@Parameter(description = "Identifiant d'un ministère") @RequestParam(required = false) Long organization,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		List<CalendarEntry> entries = queries.calendar().stream()
			.filter(e -> organization == null || e.organisationId() == organization)
			.toList();
		return Paged.of(entries.stream().skip(request.offset()).limit(request.pageSize()).map(SpdApiController::resource).toList(),
				request, entries.size(), ServletUriComponentsBuilder.fromCurrentRequest());
	}

	private static CalendarEntryResource resource(CalendarEntry e) {
		return new CalendarEntryResource(e.id(), new OrganizationRef(e.organisationId(), e.organisationName()), e.title(),
				e.description(), e.plannedDate(), e.startedOn(), e.openedOn(), e.status().code(), e.datasetUrl(),
				e.updatedAt());
	}
}
