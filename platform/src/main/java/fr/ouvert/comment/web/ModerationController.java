package fr.ouvert.comment.web;

import java.util.List;

import fr.ouvert.comment.internal.Moderation;
import fr.ouvert.kernel.markdown.Markdown;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUserSource;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /moderation}: reported comments, for moderators (route rule in the security configuration). */
@Controller
class ModerationController {

	private static final int PAGE_SIZE = 20;

	private final Moderation moderation;
	private final Markdown markdown;
	private final CurrentUserSource users;

	ModerationController(Moderation moderation, Markdown markdown, CurrentUserSource users) {
		this.moderation = moderation;
		this.markdown = markdown;
		this.users = users;
	}

	@GetMapping("/moderation")
	String queue(@RequestParam(required = false) Integer page, Model model) {
		PageRequest request = PageRequest.of(page, PAGE_SIZE);
		List<ReportedComment> reported = moderation.queue(PAGE_SIZE, request.offset()).stream()
			.map(c -> new ReportedComment(c, markdown.toHtml(c.body()), moderation.subject(c).orElse(null)))
			.toList();
		model.addAttribute("reported", reported);
		model.addAttribute("total", moderation.queueSize());
		model.addAttribute("page", request.page());
		model.addAttribute("pageSize", PAGE_SIZE);
		return "comment/moderation";
	}

	@PostMapping("/moderation/commentaires/{id}/masquer")
	String hide(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		moderation.hide(users.require(), id, reason);
		redirect.addFlashAttribute("flash", "comment.flash.hidden");
		return "redirect:/moderation";
	}

	@PostMapping("/moderation/commentaires/{id}/conserver")
	String keep(@PathVariable long id, RedirectAttributes redirect) {
		moderation.keep(users.require(), id);
		redirect.addFlashAttribute("flash", "comment.flash.kept");
		return "redirect:/moderation";
	}
}
