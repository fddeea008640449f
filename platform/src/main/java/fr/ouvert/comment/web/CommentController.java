package fr.ouvert.comment.web;

import fr.ouvert.comment.Alignment;
import fr.ouvert.comment.CommentThread;
import fr.ouvert.comment.Comments;
import fr.ouvert.comment.ThreadOptions;
import fr.ouvert.comment.internal.Moderation;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.kernel.web.BadRequestException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posting and reporting comments (signed-in people). Without JavaScript the forms post and come
 * back to the commented page; with htmx the thread is swapped in place.
 */
@Controller
class CommentController {

	private final Moderation moderation;
	private final Comments comments;
	private final CurrentUserSource users;

	CommentController(Moderation moderation, Comments comments, CurrentUserSource users) {
		this.moderation = moderation;
		this.comments = comments;
		this.users = users;
	}

	/**
	 * @param parent the comment answered, for a reply
	 * @param aligned sent by the forms of threads with sides ({@link ThreadOptions#alignment}): only
	 *            then is {@code alignment} kept, and the htmx answer is rendered the same way
	 */
	@PostMapping("/commentaires")
	@RateLimited
	String post(@RequestParam String type, @RequestParam String id, @RequestParam(required = false) Long parent,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "false") boolean aligned,
			@RequestParam(defaultValue = "") String alignment,
			@RequestParam(name = CommentThread.PAGE_PARAMETER, defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		CurrentUser author = users.require();
		if (aligned && !alignment.isEmpty() && Alignment.fromCode(alignment).isEmpty()) {
			throw new BadRequestException("alignment", "Unknown alignment \"" + alignment + "\": for, neutral or against");
		}
		Alignment side = aligned ? Alignment.fromCode(alignment).orElse(null) : null;
		Moderation.Posted posted = moderation.post(author, type, id, parent, body, side);
		String error = posted.errors().isEmpty() ? null : posted.errors().all().values().iterator().next();
		if (htmx != null) {
			model.addAttribute("thread", comments.thread(type, id, users.current(),
					(aligned ? ThreadOptions.WITH_ALIGNMENT : ThreadOptions.PLAIN).onPage(page)));
			model.addAttribute("error", error);
			model.addAttribute("errorParent", error == null ? null : parent);
			model.addAttribute("draft", error == null ? "" : body);
			return "comment/thread-fragment";
		}
		if (error != null) {
			redirect.addFlashAttribute("flashError", error);
			return "redirect:" + posted.subject().path() + (parent == null ? "#commentaires" : "#commentaire-" + parent);
		}
		redirect.addFlashAttribute("flash", "comment.flash.posted");
		return "redirect:" + posted.subject().path() + (page > 1 ? "?" + CommentThread.PAGE_PARAMETER + "=" + page : "")
				+ "#commentaire-" + posted.commentId();
	}

	@PostMapping("/commentaires/{id}/signalement")
	@RateLimited
	String report(@PathVariable long id, @RequestParam(defaultValue = "other") String reason,
			RedirectAttributes redirect) {
		String path = moderation.report(users.require(), id,
				Moderation.REPORT_REASONS.contains(reason) ? reason : "other");
		redirect.addFlashAttribute("flash", "comment.flash.reported");
		return "redirect:" + path + "#commentaires";
	}
}
