package fr.ouvert.plan.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.comment.CommentThread;
import fr.ouvert.comment.Comments;
import fr.ouvert.comment.ThreadOptions;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.plan.domain.ActionStatus;
import fr.ouvert.plan.domain.Commitment;
import fr.ouvert.plan.domain.PlanPermissions;
import fr.ouvert.plan.domain.PlanQueries;
import fr.ouvert.plan.domain.PlanQueries.ActionDetail;
import fr.ouvert.plan.domain.UpdateActionStatus;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan tracker's pages: overview, commitment, action (with the agents' update form), institution. */
@Controller
class PlanController {

	private final PlanQueries queries;
	private final PlanPermissions permissions;
	private final UpdateActionStatus updateActionStatus;
	private final Comments comments;
	private final CurrentUserSource users;

	PlanController(PlanQueries queries, PlanPermissions permissions, UpdateActionStatus updateActionStatus,
			Comments comments, CurrentUserSource users) {
		this.queries = queries;
		this.permissions = permissions;
		this.updateActionStatus = updateActionStatus;
		this.comments = comments;
		this.users = users;
	}

	/** With htmx (the filter form), only the list is sent back; without, the whole page. */
	@GetMapping("/plan")
	String overview(@RequestParam(required = false) String institution, @RequestParam(required = false) String status,
			@RequestParam(required = false) String principle, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PlanQueries.Filter filter = new PlanQueries.Filter(Forms.blankToNull(institution),
				status == null ? null : ActionStatus.of(status).orElse(null), Forms.blankToNull(principle), overdue);
		model.addAttribute("overview", queries.overview(filter));
		return htmx != null ? "plan/overview-list" : "plan/overview";
	}

	@GetMapping("/plan/engagements/{number}")
	String commitment(@PathVariable int number, @RequestParam(name = CommentThread.PAGE_PARAMETER, defaultValue = "1") int commentPage, Model model) {
		PlanQueries.CommitmentDetail detail = queries.commitment(number)
			.orElseThrow(() -> new NotFoundException("No commitment " + number));
		Optional<CurrentUser> user = users.current();
		model.addAttribute("detail", detail);
		model.addAttribute("updatable", detail.actions().stream()
			.filter(a -> permissions.canUpdate(user, detail.commitment(), a))
			.map(a -> a.id())
			.toList());
		model.addAttribute("thread", comments.thread(Commitment.LINKABLE_TYPE, Integer.toString(number), user,
				ThreadOptions.PLAIN.onPage(commentPage)));
		return "plan/commitment";
	}

	@GetMapping("/plan/actions/{id}")
	String action(@PathVariable String id, Model model) {
		return actionPage(model, detail(id), FormErrors.none(), null);
	}

	@PostMapping("/plan/actions/{id}/statut")
	String updateStatus(@PathVariable String id, @RequestParam(defaultValue = "") String status,
			@RequestParam(required = false) Integer completion, @RequestParam(defaultValue = "") String comment,
			@RequestParam(defaultValue = "") String evidenceUrl, @RequestParam(defaultValue = "") String evidenceDescription,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		UpdateActionStatus.Command command = new UpdateActionStatus.Command(id, status, completion, comment, evidenceUrl,
				evidenceDescription);
		FormErrors errors = updateActionStatus.execute(users.require(), command);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return actionPage(model, detail(id), errors, command);
		}
		ActionDetail detail = detail(id);
		redirect.addFlashAttribute("flash", "plan.flash.updated");
		return "redirect:" + detail.commitment().path() + "#action-" + id;
	}

	@GetMapping("/plan/institutions/{slug}")
	String institution(@PathVariable String slug, Model model) {
		model.addAttribute("detail", queries.institution(slug)
			.orElseThrow(() -> new NotFoundException("No institution " + slug)));
		return "plan/institution";
	}

	private ActionDetail detail(String id) {
		return queries.action(id).orElseThrow(() -> new NotFoundException("No action " + id));
	}

	private String actionPage(Model model, ActionDetail detail, FormErrors errors, UpdateActionStatus.Command posted) {
		boolean canUpdate = permissions.canUpdate(users.current(), detail.commitment(), detail.action());
		if (posted != null && !canUpdate) {
			throw new AccessDeniedException("Not allowed");
		}
		model.addAttribute("detail", detail);
		model.addAttribute("canUpdate", canUpdate);
		model.addAttribute("errors", errors);
		model.addAttribute("form", posted != null ? posted
				: new UpdateActionStatus.Command(detail.action().id(), detail.action().status().code(),
						detail.action().completion(), "", "", ""));
		return "plan/action";
	}
}
