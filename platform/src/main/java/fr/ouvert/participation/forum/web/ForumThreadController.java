package fr.ouvert.participation.forum.web;

import java.util.Locale;
import java.util.Optional;

import fr.ouvert.comment.CommentThread;
import fr.ouvert.comment.Comments;
import fr.ouvert.comment.ThreadOptions;
import fr.ouvert.kernel.markdown.Markdown;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.participation.forum.Forum;
import fr.ouvert.participation.forum.ForumPermissions;
import fr.ouvert.participation.forum.ForumSubscriptions;
import fr.ouvert.participation.forum.ForumThread;
import fr.ouvert.participation.forum.ForumThreads;
import fr.ouvert.participation.forum.Forums;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A thread with its replies (the comment module's thread) and following it (reports go through the
 * participation reports' own form); and the page where a person sees and stops what they follow.
 */
@Controller
class ForumThreadController {

	private final Forums forums;
	private final ForumThreads threads;
	private final ForumSubscriptions subscriptions;
	private final ForumPermissions permissions;
	private final Comments comments;
	private final Markdown markdown;
	private final CurrentUserSource users;

	ForumThreadController(Forums forums, ForumThreads threads, ForumSubscriptions subscriptions,
			ForumPermissions permissions, Comments comments, Markdown markdown,
			CurrentUserSource users) {
		this.forums = forums;
		this.threads = threads;
		this.subscriptions = subscriptions;
		this.permissions = permissions;
		this.comments = comments;
		this.markdown = markdown;
		this.users = users;
	}

	@GetMapping("/forums/{slug}/fils/{threadId}")
	String thread(@PathVariable String slug, @PathVariable long threadId, @RequestParam(name = CommentThread.PAGE_PARAMETER, defaultValue = "1") int commentPage, Model model) {
		Forum forum = forums.bySlug(slug);
		ForumThread thread = threads.at(forum, threadId);
		Optional<CurrentUser> viewer = users.current();
		boolean moderates = permissions.canModerate(viewer);
		model.addAttribute("forum", forum);
		model.addAttribute("thread", thread);
		model.addAttribute("bodyHtml", !thread.hidden() || moderates ? markdown.toHtml(thread.body()) : "");
		model.addAttribute("moderates", moderates);
		model.addAttribute("follows", viewer.map(v -> subscriptions.followsThread(v, threadId)).orElse(false));
		// A hidden thread takes no replies: the comment module no longer resolves it.
		model.addAttribute("replies", thread.hidden() ? null
				: comments.thread(ForumThread.LINKABLE_TYPE, Long.toString(threadId), viewer,
						ThreadOptions.PLAIN.onPage(commentPage)));
		return "participation/forum/thread";
	}

	@PostMapping("/forums/{slug}/fils/{threadId}/abonnement")
	@RateLimited
	String follow(@PathVariable String slug, @PathVariable long threadId, Locale locale, RedirectAttributes redirect) {
		ForumThread thread = threads.at(forums.bySlug(slug), threadId);
		subscriptions.followThread(users.require(), threadId, locale);
		redirect.addFlashAttribute("flash", "forum.flash.followed.thread");
		return "redirect:" + thread.path();
	}

	@PostMapping("/forums/{slug}/fils/{threadId}/desabonnement")
	@RateLimited
	String unfollow(@PathVariable String slug, @PathVariable long threadId,
			@RequestParam(defaultValue = "") String retour, RedirectAttributes redirect) {
		ForumThread thread = threads.at(forums.bySlug(slug), threadId);
		subscriptions.unfollowThread(users.require(), threadId);
		redirect.addFlashAttribute("flash", "forum.flash.unfollowed");
		return "redirect:" + (ForumPaths.isSubscriptions(retour) ? retour : thread.path());
	}

	@GetMapping(ForumPaths.SUBSCRIPTIONS)
	String subscriptions(Model model) {
		model.addAttribute("subscriptions", subscriptions.of(users.require()));
		return "participation/forum/subscriptions";
	}
}
