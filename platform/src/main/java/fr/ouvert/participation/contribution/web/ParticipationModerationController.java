package fr.ouvert.participation.contribution.web;

import java.util.List;

import fr.ouvert.kernel.markdown.Markdown;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.participation.contribution.ParticipationReports;
import fr.ouvert.participation.contribution.ReportableItem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reports on participation items by signed-in people, and the moderators' queue
 * {@code /moderation/participation} (route rule in the security configuration): paged, filtered by reason
 * and type, hide with a reason or restore, one item or the checked items of a page at once.
 */
@Controller
class ParticipationModerationController {

	static final int PAGE_SIZE = 20;
	static final String QUEUE = "/moderation/participation";

	private final ParticipationReports reports;
	private final Markdown markdown;
	private final CurrentUserSource users;

	ParticipationModerationController(ParticipationReports reports, Markdown markdown, CurrentUserSource users) {
		this.reports = reports;
		this.markdown = markdown;
		this.users = users;
	}

	@PostMapping("/participation/signalements")
	@RateLimited
	String report(@RequestParam String type, @RequestParam long id, @RequestParam(defaultValue = "other") String reason,
			@RequestParam(defaultValue = "") String details, RedirectAttributes redirect) {
		ReportableItem item = reports.report(users.require(), type, id,
				ParticipationReports.REASONS.contains(reason) ? reason : "other", details);
		redirect.addFlashAttribute("flash", "participation.contribution.flash.reported");
		return "redirect:" + (item.hidden() ? item.path().replaceFirst("/propositions/\\d+$", "/propositions") : item.path());
	}

	/** Unknown filter values are ignored: the queue always answers. */
	@GetMapping(QUEUE)
	String queue(@RequestParam(name = "motif", required = false) String reason,
			@RequestParam(name = "type", required = false) String type, @RequestParam(defaultValue = "1") int page,
			Model model) {
		String wantedReason = reason != null && ParticipationReports.REASONS.contains(reason) ? reason : null;
		String wantedType = type != null && reports.knows(type) ? type : null;
		PageRequest request = PageRequest.of(Math.max(1, page), PAGE_SIZE);
		ParticipationReports.Queue queue = reports.queue(wantedReason, wantedType, request);
		model.addAttribute("entries", queue.entries().stream()
			.map(e -> new QueueItem(e, markdown.toHtml(e.item().body())))
			.toList());
		model.addAttribute("total", queue.total());
		model.addAttribute("page", request.page());
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("reason", wantedReason);
		model.addAttribute("type", wantedType);
		model.addAttribute("reasons", List.of("spam", "offensive", "off-topic", "personal-data", "other"));
		model.addAttribute("types", List.of("proposal", "statement", "forum-thread"));
		model.addAttribute("query", (wantedReason == null ? "" : "motif=" + wantedReason + "&")
				+ (wantedType == null ? "" : "type=" + wantedType + "&"));
		return "participation/contribution/moderation";
	}

	@PostMapping(QUEUE + "/{type}/{id}/masquer")
	String hide(@PathVariable String type, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(name = "retour", defaultValue = QUEUE) String back, RedirectAttributes redirect) {
		reports.hide(users.require(), type, id, reason);
		redirect.addFlashAttribute("flash", "participation.contribution.flash.hidden");
		return "redirect:" + local(back);
	}

	@PostMapping(QUEUE + "/{type}/{id}/retablir")
	String restore(@PathVariable String type, @PathVariable long id,
			@RequestParam(name = "retour", defaultValue = QUEUE) String back, RedirectAttributes redirect) {
		reports.restore(users.require(), type, id);
		redirect.addFlashAttribute("flash", "participation.contribution.flash.restored");
		return "redirect:" + local(back);
	}

	/** The checked items of a page ({@code type:id}), hidden with one reason or restored. */
	@PostMapping(QUEUE + "/lot")
	String bulk(@RequestParam(name = "elements", required = false) List<String> items,
			@RequestParam(name = "action", defaultValue = "") String action, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		CurrentUser moderator = users.require();
		List<String> chosen = items == null ? List.of() : items;
		for (String item : chosen) {
			String[] parts = item.split(":", 2);
			if (parts.length != 2 || !reports.knows(parts[0]) || !parts[1].matches("\\d{1,18}")) {
				continue;
			}
			if ("masquer".equals(action)) {
				reports.hide(moderator, parts[0], Long.parseLong(parts[1]), reason);
			}
			else if ("retablir".equals(action)) {
				reports.restore(moderator, parts[0], Long.parseLong(parts[1]));
			}
		}
		redirect.addFlashAttribute("flash", "participation.contribution.flash.bulk");
		return "redirect:" + QUEUE;
	}

	/** Only paths of this site: a crafted form cannot send the moderator elsewhere. */
	private static String local(String path) {
		return path.startsWith("/") && !path.startsWith("//") ? path : QUEUE;
	}
}
