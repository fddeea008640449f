package fr.ouvert.plan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.opendata.Paged;
import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.plan.domain.Action;
import fr.ouvert.plan.domain.ActionStatus;
import fr.ouvert.plan.domain.Commitment;
import fr.ouvert.plan.domain.Institution;
import fr.ouvert.plan.domain.PlanQueries;
import fr.ouvert.plan.domain.Progress;
import fr.ouvert.plan.domain.StatusChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The plan tracker's read API, in udata's style: lists in the {@code {data, page, page_size,
 * total, next_page, previous_page}} envelope, snake_case fields, absolute {@code uri} and
 * {@code page} links on every object.
 */
@RestController
@RequestMapping("/api/1/plan")
@Tag(name = "Suivi du plan d'action", description = "Engagements, actions, échéances et historique des mises à jour")
class PlanApiController {

	record InstitutionRef(String slug, String name, String acronym, String uri) {
	}

	record ProgressResource(int actions, int completed, int inProgress, int notStarted, int abandoned, int overdue,
			int percent) {
		static ProgressResource of(Progress p) {
			return new ProgressResource(p.actions(), p.completed(), p.inProgress(), p.notStarted(), p.abandoned(),
					p.overdue(), p.percent());
		}
	}

	record StatusChangeResource(long id, String actionId, String status, int completion, String comment,
			String evidenceUrl, String evidenceDescription, String organisation, Instant changedAt) {
		static StatusChangeResource of(StatusChange c) {
			return new StatusChangeResource(c.id(), c.actionId(), c.status().code(), c.completion(), c.comment(),
					c.evidenceUrl(), c.evidenceDescription(), c.organisationName(), c.changedAt());
		}
	}

	record ActionResource(String id, int commitment, String kind, String text, List<String> details, String calendar,
			LocalDate deadline, List<InstitutionRef> engagedBy, String status, int completion, boolean overdue,
			String statusComment, Instant statusChangedAt, String uri, String page, List<StatusChangeResource> history) {
	}

	record CommitmentResource(int number, int section, String subsection, String title,
			List<InstitutionRef> carryingInstitutions, List<String> otherActors, String continuity, String continuityText,
			@JsonProperty("extends_2015_2017") List<Commitment.Extended> extended, List<String> ogpPrinciples, String stakes, String ambitions,
			String status, ProgressResource progress, String uri, String page, List<ActionResource> actions) {
	}

	private final PlanQueries queries;

	PlanApiController(PlanQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/commitments")
	@Operation(summary = "Les engagements du plan, avec leur avancement")
	Paged<CommitmentResource> commitments(
			@Parameter(description = "Identifiant d'une institution porteuse") @RequestParam(required = false) String institution,
			@Parameter(description = "Statut de l'engagement : not-started, in-progress, completed, abandoned") @RequestParam(required = false) String status,
			@Parameter(description = "Code d'un principe du PGO") @RequestParam(required = false) String principle,
			@Parameter(description = "Seulement les engagements ayant des actions en retard") @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		List<PlanQueries.CommitmentRow> rows = queries
			.commitments(new PlanQueries.Filter(institution, status(status), principle, overdue));
		return Paged.of(slice(rows, request).stream().map(r -> commitment(r.commitment(), r.progress(), null)).toList(),
				request, rows.size(), ServletUriComponentsBuilder.fromCurrentRequest());
	}

	@GetMapping("/commitments/{number}")
	@Operation(summary = "Un engagement, avec ses actions")
	CommitmentResource commitment(@PathVariable int number) {
		PlanQueries.CommitmentDetail detail = queries.commitment(number)
			.orElseThrow(() -> new NotFoundException("No commitment " + number));
		return commitment(detail.commitment(), detail.progress(),
				detail.actions().stream().map(a -> action(a, null)).toList());
	}

	@GetMapping("/actions")
	@Operation(summary = "Les actions du plan, avec calendrier, échéance et statut")
	Paged<ActionResource> actions(@Parameter(description = "Numéro d'engagement") @RequestParam(required = false) Integer commitment,
			@Parameter(description = "Identifiant d'une institution (porteuse de l'engagement ou auteur de l'engagement particulier)") @RequestParam(required = false) String institution,
			@Parameter(description = "Statut : not-started, in-progress, completed, abandoned") @RequestParam(required = false) String status,
			@Parameter(description = "Seulement les actions en retard") @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		ActionStatus wanted = status(status);
		List<Integer> carried = institution == null ? List.of()
				: queries.commitments(new PlanQueries.Filter(institution, null, null, false)).stream()
					.map(r -> r.commitment().number())
					.toList();
		List<Action> actions = queries.actions().stream()
			.filter(a -> commitment == null || a.commitment() == commitment)
			.filter(a -> wanted == null || a.status() == wanted)
			.filter(a -> !overdue || a.overdue())
			.filter(a -> institution == null || carried.contains(a.commitment())
					|| a.engagedBy().stream().anyMatch(i -> i.slug().equals(institution)))
			.toList();
		return Paged.of(slice(actions, request).stream().map(a -> action(a, null)).toList(), request, actions.size(),
				ServletUriComponentsBuilder.fromCurrentRequest());
	}

	@GetMapping("/actions/{id}")
	@Operation(summary = "Une action, avec l'historique de ses mises à jour")
	ActionResource action(@PathVariable String id) {
		PlanQueries.ActionDetail detail = queries.action(id).orElseThrow(() -> new NotFoundException("No action " + id));
		return action(detail.action(), detail.history().stream().map(StatusChangeResource::of).toList());
	}

	@GetMapping("/institutions")
	@Operation(summary = "Les institutions porteuses d'engagements")
	Paged<InstitutionRef> institutions(@RequestParam(required = false) Integer page,
			@RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		List<Institution> all = queries.institutions();
		return Paged.of(slice(all, request).stream().map(PlanApiController::institution).toList(), request, all.size(),
				ServletUriComponentsBuilder.fromCurrentRequest());
	}

	private static CommitmentResource commitment(Commitment c, Progress progress, List<ActionResource> actions) {
		return new CommitmentResource(c.number(), c.section(), c.subsection(), c.title(),
				c.carriers().stream().map(PlanApiController::institution).toList(), c.otherActors(), c.continuity(),
				c.continuityText(), c.extended(), c.principles(), c.stakes(), c.ambitions(), progress.status().code(),
				ProgressResource.of(progress), absolute("/api/1/plan/commitments/" + c.number()), absolute(c.path()),
				actions);
	}

	private static ActionResource action(Action a, List<StatusChangeResource> history) {
		return new ActionResource(a.id(), a.commitment(), a.kind(), a.text(), a.details(), a.calendar(), a.deadline(),
				a.engagedBy().stream().map(PlanApiController::institution).toList(), a.status().code(), a.completion(),
				a.overdue(), a.statusComment(), a.statusChangedAt(), absolute("/api/1/plan/actions/" + a.id()),
				absolute(a.path()), history);
	}

	private static InstitutionRef institution(Institution i) {
		return new InstitutionRef(i.slug(), i.name(), i.acronym(), absolute("/plan/institutions/" + i.slug()));
	}

	private static ActionStatus status(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return ActionStatus.of(code)
			.orElseThrow(() -> new BadRequestException("status", "must be not-started, in-progress, completed or abandoned"));
	}

	private static <T> List<T> slice(List<T> all, PageRequest request) {
		return all.stream().skip(request.offset()).limit(request.pageSize()).toList();
	}

	private static String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
	}
}
