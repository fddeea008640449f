package fr.ouvert.comment.web;

import fr.ouvert.comment.Comments;
import fr.ouvert.comment.internal.Moderation;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.RateLimited;

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

	@PostMapping("/commentaires")
	@RateLimited
	String post(@RequestParam String type, @RequestParam String id, @RequestParam(defaultValue = "") String body,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		CurrentUser author = users.require();
		Moderation.Posted posted = moderation.post(author, type, id, body);
		if (htmx != null) {
			model.addAttribute("thread", comments.thread(type, id, users.current()));
			model.addAttribute("error", posted.errors().isEmpty() ? null : posted.errors().key("body"));
			model.addAttribute("draft", posted.errors().isEmpty() ? "" : body);
			return "comment/thread-fragment";
		}
		if (!posted.errors().isEmpty()) {
			redirect.addFlashAttribute("flashError", posted.errors().key("body"));
			return "redirect:" + posted.subject().path() + "#commentaires";
		}
		redirect.addFlashAttribute("flash", "comment.flash.posted");
		return "redirect:" + posted.subject().path() + "#commentaire-" + posted.commentId();
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
