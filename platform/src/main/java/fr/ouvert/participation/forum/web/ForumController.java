package fr.ouvert.participation.forum.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.kernel.markdown.Markdown;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.participation.forum.AxisForm;
import fr.ouvert.participation.forum.AxisSession;
import fr.ouvert.participation.forum.Forum;
import fr.ouvert.participation.forum.ForumForm;
import fr.ouvert.participation.forum.ForumPermissions;
import fr.ouvert.participation.forum.ForumSubscriptions;
import fr.ouvert.participation.forum.ForumThread;
import fr.ouvert.participation.forum.ForumThreads;
import fr.ouvert.participation.forum.Forums;
import fr.ouvert.participation.forum.ThreadForm;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /forums}: the forums, their programme of axes, each axis with its threads and
 * restitution; agents create forums and axes, participants open threads and follow axes.
 */
@Controller
class ForumController {

	private static final int LIST_SIZE = 50;
	private static final int THREADS_PER_PAGE = 20;

	private final Forums forums;
	private final ForumThreads threads;
	private final ForumSubscriptions subscriptions;
	private final ForumPermissions permissions;
	private final Markdown markdown;
	private final CurrentUserSource users;

	ForumController(Forums forums, ForumThreads threads, ForumSubscriptions subscriptions, ForumPermissions permissions,
			Markdown markdown, CurrentUserSource users) {
		this.forums = forums;
		this.threads = threads;
		this.subscriptions = subscriptions;
		this.permissions = permissions;
		this.markdown = markdown;
		this.users = users;
	}

	@GetMapping("/forums")
	String index(Model model) {
		model.addAttribute("upcoming", forums.upcoming(LIST_SIZE));
		model.addAttribute("past", forums.past(LIST_SIZE));
		model.addAttribute("canCreate", permissions.canCreateForum(users.current()));
		return "participation/forum/index";
	}

	@GetMapping("/forums/nouveau")
	String newForum(Model model) {
		permissions.requireCreateForum(users.require());
		return form(model, ForumForm.empty(), FormErrors.none());
	}

	@PostMapping("/forums")
	@RateLimited
	String create(ForumForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Forums.Created created = forums.create(users.require(), form);
		if (!created.errors().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, created.errors());
		}
		redirect.addFlashAttribute("flash", "forum.flash.created");
		return "redirect:/forums/" + created.slug();
	}

	@GetMapping("/forums/{slug}")
	String forum(@PathVariable String slug, Model model) {
		Forum forum = forums.bySlug(slug);
		return forumPage(model, forum, AxisForm.empty(), FormErrors.none(), List.of());
	}

	@PostMapping("/forums/{slug}/axes")
	@RateLimited
	String addAxis(@PathVariable String slug, AxisForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Forum forum = forums.bySlug(slug);
		Forums.AxisCreated created = forums.addAxis(users.require(), forum, form);
		if (!created.errors().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return forumPage(model, forum, form, created.errors(), created.unknownCommitments());
		}
		redirect.addFlashAttribute("flash", "forum.flash.axis");
		return "redirect:" + forum.path() + "/axes/" + created.axisId();
	}

	@PostMapping("/forums/{slug}/axes/reprise")
	@RateLimited
	String continueAxis(@PathVariable String slug, @RequestParam(required = false) Long axis, RedirectAttributes redirect) {
		Forum forum = forums.bySlug(slug);
		forums.continueAxis(users.require(), forum, axis);
		redirect.addFlashAttribute("flash", "forum.flash.continued");
		return "redirect:" + forum.path() + "/axes/" + axis;
	}

	@GetMapping("/forums/{slug}/axes/{axisId}")
	String axis(@PathVariable String slug, @PathVariable long axisId, @RequestParam(required = false) Integer page,
			Model model) {
		AxisSession session = forums.session(forums.bySlug(slug), axisId);
		return axisPage(model, session, page, ThreadForm.empty(), FormErrors.none(), null);
	}

	@PostMapping("/forums/{slug}/axes/{axisId}/restitution")
	@RateLimited
	String restitution(@PathVariable String slug, @PathVariable long axisId,
			@RequestParam(defaultValue = "") String restitution, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Forum forum = forums.bySlug(slug);
		FormErrors errors = forums.writeRestitution(users.require(), forum, axisId, restitution);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return axisPage(model, forums.session(forum, axisId), null, ThreadForm.empty(), errors, restitution);
		}
		redirect.addFlashAttribute("flash", "forum.flash.restitution");
		return "redirect:" + forum.path() + "/axes/" + axisId + "#restitution";
	}

	@PostMapping("/forums/{slug}/axes/{axisId}/fils")
	@RateLimited
	String openThread(@PathVariable String slug, @PathVariable long axisId, ThreadForm form, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		CurrentUser author = users.require();
		AxisSession session = forums.session(forums.bySlug(slug), axisId);
		ForumThreads.Opened opened = threads.open(author, session, form, locale);
		if (!opened.errors().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return axisPage(model, session, null, form, opened.errors(), null);
		}
		redirect.addFlashAttribute("flash", "forum.flash.thread");
		return "redirect:" + session.forum().path() + "/fils/" + opened.threadId();
	}

	@PostMapping("/forums/{slug}/axes/{axisId}/abonnement")
	@RateLimited
	String followAxis(@PathVariable String slug, @PathVariable long axisId, Locale locale, RedirectAttributes redirect) {
		AxisSession session = forums.session(forums.bySlug(slug), axisId);
		subscriptions.followAxis(users.require(), axisId, locale);
		redirect.addFlashAttribute("flash", "forum.flash.followed.axis");
		return "redirect:" + session.path();
	}

	@PostMapping("/forums/{slug}/axes/{axisId}/desabonnement")
	@RateLimited
	String unfollowAxis(@PathVariable String slug, @PathVariable long axisId,
			@RequestParam(defaultValue = "") String retour, RedirectAttributes redirect) {
		AxisSession session = forums.session(forums.bySlug(slug), axisId);
		subscriptions.unfollowAxis(users.require(), axisId);
		redirect.addFlashAttribute("flash", "forum.flash.unfollowed");
		return "redirect:" + (ForumPaths.isSubscriptions(retour) ? retour : session.path());
	}

	private String form(Model model, ForumForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "participation/forum/forum-form";
	}

	private String forumPage(Model model, Forum forum, AxisForm axisForm, FormErrors axisErrors,
			List<String> unknownCommitments) {
		Optional<CurrentUser> viewer = users.current();
		boolean manages = permissions.canManage(viewer, forum);
		model.addAttribute("forum", forum);
		model.addAttribute("descriptionHtml", markdown.toHtml(forum.description()));
		model.addAttribute("programme", forums.programme(forum));
		model.addAttribute("past", forum.heldAt().isBefore(forums.now()));
		model.addAttribute("manages", manages);
		model.addAttribute("continuable", manages ? forums.continuable(forum) : List.of());
		model.addAttribute("axisForm", axisForm);
		model.addAttribute("errors", axisErrors);
		model.addAttribute("unknownCommitments", String.join(", ", unknownCommitments));
		return "participation/forum/forum";
	}

	private String axisPage(Model model, AxisSession session, Integer page, ThreadForm threadForm, FormErrors errors,
			String restitutionDraft) {
		Optional<CurrentUser> viewer = users.current();
		PageRequest request = PageRequest.of(page, THREADS_PER_PAGE);
		List<ForumThread> list = threads.page(session.axis(), THREADS_PER_PAGE, request.offset());
		model.addAttribute("session", session);
		model.addAttribute("descriptionHtml", markdown.toHtml(session.axis().description()));
		model.addAttribute("restitutionHtml", session.restitution() == null ? null : markdown.toHtml(session.restitution()));
		model.addAttribute("commitments", session.axis().commitments().stream().map(forums::commitment)
			.flatMap(Optional::stream).toList());
		model.addAttribute("otherForums", forums.forumsOf(session.axis()).stream()
			.filter(f -> f.id() != session.forum().id()).toList());
		model.addAttribute("threads", list);
		model.addAttribute("replies", threads.replyCounts(list));
		model.addAttribute("total", threads.count(session.axis()));
		model.addAttribute("page", request.page());
		model.addAttribute("pageSize", THREADS_PER_PAGE);
		model.addAttribute("manages", permissions.canManage(viewer, session.forum()));
		model.addAttribute("moderates", permissions.canModerate(viewer));
		model.addAttribute("follows", viewer.map(v -> subscriptions.followsAxis(v, session.axis().id())).orElse(false));
		model.addAttribute("threadForm", threadForm);
		model.addAttribute("errors", errors);
		model.addAttribute("restitutionDraft", restitutionDraft != null ? restitutionDraft
				: session.restitution() == null ? "" : session.restitution());
		return "participation/forum/axis";
	}
}
